package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.present.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NavigableMap;

/**
 * "Where the month is heading": the month's cumulative cost so far as a solid line, then a dashed line to the
 * projected month-end total with the 80 % interval as a band that widens to the month's end (drawn straight: the
 * projection itself follows the weekday pattern, the drawing only its start and end).
 */
public final class ProjectionChart {
    private static final Color ACTUAL = new Color(0x42, 0x58, 0xc9);
    private static final Color BAND = new Color(0x42, 0x58, 0xc9, 0x33);

    private final String title;
    private final String subtitle;
    private final Projection projection;
    private final NavigableMap<LocalDate, Double> days;
    private final ZoneOffset offset;

    public ProjectionChart(String title, String subtitle, Projection projection, NavigableMap<LocalDate, Double> days,
                           ZoneOffset offset) {
        this.title = title;
        this.subtitle = subtitle;
        this.projection = projection;
        this.days = days;
        this.offset = offset;
    }

    public String title() {
        return title;
    }

    /** Paints the chart into (0, 0, width, height). */
    public void paint(Graphics2D g, double width, double height) {
        double pad = InsightChartStyle.pad(width, height);
        double baseline = InsightChartStyle.header(g, title, subtitle, width, height);
        Rectangle2D plot = new Rectangle2D.Double(pad + 60, baseline + 30, width - 2 * pad - 80,
            height - baseline - 30 - pad - 40);
        paintPlot(g, plot);
    }

    private void paintPlot(Graphics2D g, Rectangle2D plot) {
        Instant monthStart = projection.target().atOffset(offset).toLocalDate().minusDays(1).withDayOfMonth(1)
            .atStartOfDay().toInstant(offset);
        double span = Duration.between(monthStart, projection.target()).getSeconds();
        double high = Math.max(1, projection.highUsd()) * 1.08;
        g.setColor(InsightChartStyle.AXIS);
        g.draw(new Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        g.setFont(InsightChartStyle.font(11, false));
        InsightChartStyle.drawRight(g, Formats.moneyCompact(high), plot.getX() - 6, plot.getY() + 4);
        InsightChartStyle.drawRight(g, Formats.moneyCompact(0), plot.getX() - 6, plot.getMaxY() + 4);
        Path2D.Double actual = new Path2D.Double();
        actual.moveTo(plot.getX(), plot.getMaxY());
        double running = 0;
        for (Map.Entry<LocalDate, Double> day : days.entrySet()) {
            running += day.getValue();
            Instant end = day.getKey().plusDays(1).atStartOfDay().toInstant(offset);
            Instant at = end.isAfter(projection.asOf()) ? projection.asOf() : end;
            actual.lineTo(x(at, monthStart, span, plot), y(running, high, plot));
        }
        double asOfX = x(projection.asOf(), monthStart, span, plot);
        double asOfY = y(projection.monthToDateUsd(), high, plot);
        Path2D.Double band = new Path2D.Double();
        band.moveTo(asOfX, asOfY);
        band.lineTo(plot.getMaxX(), y(projection.highUsd(), high, plot));
        band.lineTo(plot.getMaxX(), y(projection.lowUsd(), high, plot));
        band.closePath();
        g.setColor(BAND);
        g.fill(band);
        g.setColor(ACTUAL);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(actual);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {7, 5}, 0));
        g.draw(new Line2D.Double(asOfX, asOfY, plot.getMaxX(), y(projection.projectedUsd(), high, plot)));
        g.setStroke(new BasicStroke(1f));
        g.setFont(InsightChartStyle.font(12, true));
        g.setColor(InsightChartStyle.TEXT);
        InsightChartStyle.drawRight(g, "projected " + Formats.money(projection.projectedUsd()), plot.getMaxX(),
            y(projection.highUsd(), high, plot) - 8);
        g.setFont(InsightChartStyle.font(11, false));
        g.setColor(InsightChartStyle.MUTED);
        InsightChartStyle.drawRight(g, "80 %: " + Formats.money(projection.lowUsd()) + " \u2013 "
            + Formats.money(projection.highUsd()), plot.getMaxX(), y(projection.lowUsd(), high, plot) + 16);
        InsightChartStyle.drawRight(g, "so far " + Formats.money(projection.monthToDateUsd()), asOfX - 10, asOfY + 18);
        g.drawString(monthStart.atOffset(offset).toLocalDate().toString(), (float) plot.getX(),
            (float) (plot.getMaxY() + 18));
        InsightChartStyle.drawRight(g, "month end", plot.getMaxX(), plot.getMaxY() + 18);
    }

    private static double x(Instant at, Instant start, double span, Rectangle2D plot) {
        return plot.getX() + Duration.between(start, at).getSeconds() / span * plot.getWidth();
    }

    private static double y(double value, double high, Rectangle2D plot) {
        return plot.getMaxY() - value / high * plot.getHeight();
    }
}
