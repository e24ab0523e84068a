package com.deadlinecost.present.chart;

import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Measures;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;

/**
 * A donut of the visible series' totals, clockwise from twelve o'clock, largest first; slices above 5 % carry
 * their share, and the hole says the total shown.
 */
final class DonutPlot {
    private static final double LABELLED_SHARE = 0.05;

    private DonutPlot() {
    }

    static void paint(ChartModel model, ChartSurface surface, ChartLayout layout, double x, double top,
                      double right, double bottom, int focusSeries) {
        Palette.Theme theme = model.theme();
        double total = 0;
        for (ChartSeries one : model.visibleSeries()) {
            total += Math.max(0, one.finite(0));
        }
        double cx = (x + right) / 2;
        double cy = (top + bottom) / 2;
        double radius = Math.max(10, Math.min(right - x, bottom - top) / 2 - 8);
        double inner = radius * 0.55;
        layout.donut(cx, cy, radius, inner);
        layout.plot(cx - radius, cy - radius, cx + radius, cy + radius, null);
        if (total <= 0) {
            surface.text("Nothing to share out", cx, cy, ChartPainter.BODY, theme.muted(), ChartSurface.Align.CENTRE);
            return;
        }
        double start = 90;
        for (int index = 0; index < model.series().size(); index++) {
            ChartSeries one = model.series().get(index);
            double share = one.visible() ? Math.max(0, one.finite(0)) / total : 0;
            if (share <= 0) {
                continue;
            }
            double extent = -share * 360;
            double grow = index == focusSeries ? 6 : 0;
            surface.fillSlice(cx, cy, radius + grow, start, extent, one.colour());
            layout.slice(index, start, extent);
            start += extent;
        }
        surface.fillCircle(cx, cy, inner, theme.background());
        start = 90;
        ChartSurface.TextStyle label = new ChartSurface.TextStyle(11.5, true);
        for (ChartSeries one : model.series()) {
            double share = one.visible() ? Math.max(0, one.finite(0)) / total : 0;
            if (share > LABELLED_SHARE) {
                double middle = Math.toRadians(start - share * 180);
                double at = (radius + inner) / 2;
                surface.text(Formats.percent(share).replace(" ", ""), cx + Math.cos(middle) * at,
                    cy - Math.sin(middle) * at + surface.ascent(label) / 2, label, readableOn(one.colour()),
                    ChartSurface.Align.CENTRE);
            }
            start -= share * 360;
        }
        ChartSurface.TextStyle big = new ChartSurface.TextStyle(Math.max(12, Math.min(22, inner / 5)), true);
        surface.text(Measures.full(model.measure(), total), cx, cy + surface.ascent(big) / 2 - 6, big, theme.text(),
            ChartSurface.Align.CENTRE);
        surface.text(TextFit.fit(surface, ChartPainter.SMALL, "total shown", inner * 1.7), cx,
            cy + surface.ascent(big) / 2 + 12, ChartPainter.SMALL, theme.muted(), ChartSurface.Align.CENTRE);
    }

    /** White on dark slices, near-black on light ones. */
    private static Rgb readableOn(Rgb colour) {
        double luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue();
        return luminance > 160 ? new Rgb(0x1f, 0x23, 0x28) : new Rgb(255, 255, 255);
    }
}
