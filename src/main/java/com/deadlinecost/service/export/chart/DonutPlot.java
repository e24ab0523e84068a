package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.rollup.Series;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/** The share of each group in the total as a donut, with percentages on the larger slices and the total inside. */
final class DonutPlot implements ChartPainter.PlotPainter {
    private static final double LABELLED_SHARE = 0.04;

    private final ChartSpec spec;

    DonutPlot(ChartSpec spec) {
        this.spec = spec;
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D area) {
        List<Series> series = spec.series().series();
        double total = 0;
        for (Series one : series) {
            total += positive(one.total());
        }
        double radius = Math.min(area.getWidth(), area.getHeight()) / 2 - 8;
        double inner = radius * 0.58;
        double cx = area.getCenterX();
        double cy = area.getCenterY();
        Ellipse2D hole = new Ellipse2D.Double(cx - inner, cy - inner, inner * 2, inner * 2);
        double start = 90;
        for (int index = 0; index < series.size() && total > 0; index++) {
            double share = positive(series.get(index).total()) / total;
            double extent = -360 * share;
            Area slice = new Area(new Arc2D.Double(cx - radius, cy - radius, radius * 2, radius * 2, start, extent,
                Arc2D.PIE));
            slice.subtract(new Area(hole));
            g.setColor(ChartPainter.colour(spec, index));
            g.fill(slice);
            g.setColor(ChartTheme.BACKGROUND);
            g.draw(slice);
            if (share >= LABELLED_SHARE) {
                double middle = Math.toRadians(start + extent / 2);
                double labelRadius = (radius + inner) / 2;
                g.setFont(ChartTheme.font(11.5f, true));
                g.setColor(Color.WHITE);
                ChartText.drawCentred(g, String.format(Locale.US, "%.0f%%", share * 100),
                    cx + Math.cos(middle) * labelRadius, cy - Math.sin(middle) * labelRadius + 4);
            }
            start += extent;
        }
        g.setColor(ChartTheme.TEXT);
        g.setFont(ChartTheme.font(Math.max(12, (float) (inner / 5)), true));
        ChartText.drawCentred(g, ChartValues.full(spec.series().measure(), total), cx, cy + 2);
        g.setFont(ChartTheme.font(11, false));
        g.setColor(ChartTheme.MUTED);
        ChartText.drawCentred(g, "Total " + ChartValues.lowerFirst(ChartValues.axisTitle(spec.series().measure())),
            cx, cy + 20);
    }

    private static double positive(double value) {
        return Double.isFinite(value) ? Math.max(0, value) : 0;
    }
}
