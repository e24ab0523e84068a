package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.rollup.Series;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Horizontal bars, one per group, largest first, with the group's name on the left and its value at the end. */
final class RankedBarsPlot implements ChartPainter.PlotPainter {
    private static final double AXIS_HEIGHT = 40;

    private final ChartSpec spec;
    private final List<String> labels;

    RankedBarsPlot(ChartSpec spec, List<String> labels) {
        this.spec = spec;
        this.labels = labels;
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D area) {
        List<Series> series = spec.series().series();
        Measure measure = spec.series().measure();
        double min = 0;
        double max = 0;
        for (Series one : series) {
            min = Math.min(min, ChartValues.finite(one.total()));
            max = Math.max(max, ChartValues.finite(one.total()));
        }
        g.setFont(ChartTheme.font(12, false));
        FontMetrics metrics = g.getFontMetrics();
        double labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(label));
        }
        labelWidth = Math.min(labelWidth, area.getWidth() * 0.3) + 10;
        g.setFont(ChartTheme.font(11, false));
        double valueWidth = g.getFontMetrics().stringWidth(ChartValues.full(measure, max)) + 10;
        double left = area.getX() + labelWidth;
        double right = area.getMaxX() - valueWidth;
        double bottom = area.getMaxY() - AXIS_HEIGHT;
        ValueAxis axis = new ValueAxis(measure, min, max, Math.max(2, (int) ((right - left) / 90)));
        paintGrid(g, axis, left, right, area.getY(), bottom);
        double band = (bottom - area.getY()) / series.size();
        double thickness = Math.min(28, band * 0.68);
        for (int index = 0; index < series.size(); index++) {
            double centre = area.getY() + band * (index + 0.5);
            double value = ChartValues.finite(series.get(index).total());
            double zero = axis.position(0, left, right);
            double end = axis.position(value, left, right);
            g.setColor(ChartPainter.colour(spec, index));
            g.fill(new Rectangle2D.Double(Math.min(zero, end), centre - thickness / 2, Math.abs(end - zero),
                thickness));
            g.setFont(ChartTheme.font(12, false));
            g.setColor(ChartTheme.TEXT);
            double baseline = centre + g.getFontMetrics().getAscent() / 2.0 - 2;
            ChartText.drawRight(g, ChartText.fit(g, labels.get(index), labelWidth - 10), left - 8, baseline);
            g.setFont(ChartTheme.font(11, false));
            g.setColor(ChartTheme.MUTED);
            g.drawString(ChartValues.full(measure, series.get(index).total()), (float) (Math.max(zero, end) + 5),
                (float) baseline);
        }
    }

    private void paintGrid(Graphics2D g, ValueAxis axis, double left, double right, double top, double bottom) {
        g.setFont(ChartTheme.font(11, false));
        for (double tick : axis.ticks()) {
            double x = axis.position(tick, left, right);
            g.setColor(ChartTheme.GRID);
            g.draw(new Line2D.Double(x, top, x, bottom));
            g.setColor(ChartTheme.MUTED);
            ChartText.drawCentred(g, axis.label(tick), x, bottom + 16);
        }
        g.setColor(ChartTheme.AXIS);
        double zero = axis.position(0, left, right);
        g.draw(new Line2D.Double(zero, top, zero, bottom));
        g.setColor(ChartTheme.MUTED);
        ChartText.drawCentred(g, ChartValues.axisTitle(spec.series().measure()), (left + right) / 2, bottom + 34);
    }
}
