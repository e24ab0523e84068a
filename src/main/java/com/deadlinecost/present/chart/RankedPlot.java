package com.deadlinecost.present.chart;

import com.deadlinecost.present.Measures;
import com.deadlinecost.present.Palette;
import java.util.List;

/** Horizontal bars, one per visible group, largest first, the name on the left and the value at the bar's end. */
final class RankedPlot {

    private RankedPlot() {
    }

    static void paint(ChartModel model, ChartSurface surface, ChartLayout layout, double x, double top,
                      double right, double bottom, int focusSeries) {
        Palette.Theme theme = model.theme();
        List<ChartSeries> series = model.series();
        double min = 0;
        double max = 0;
        double labelWidth = 0;
        double valueWidth = 0;
        int visible = 0;
        for (ChartSeries one : series) {
            if (one.visible()) {
                min = Math.min(min, one.finite(0));
                max = Math.max(max, one.finite(0));
                labelWidth = Math.max(labelWidth, surface.textWidth(one.label(), ChartPainter.BODY));
                valueWidth = Math.max(valueWidth, surface.textWidth(Measures.full(model.measure(), one.values()[0]),
                    ChartPainter.SMALL));
                visible++;
            }
        }
        labelWidth = Math.min(labelWidth, (right - x) * 0.3) + 10;
        double left = x + labelWidth;
        double end = right - valueWidth - 10;
        double axisRow = 2 * surface.lineHeight(ChartPainter.SMALL) + 10;
        double plotBottom = bottom - axisRow;
        ValueAxis axis = new ValueAxis(model.measure(), min, max, Math.max(2, (int) ((end - left) / 90)));
        layout.plot(left, top, end, plotBottom, axis);
        double[] ticks = axis.ticks();
        String[] labels = axis.labels();
        double tickBaseline = plotBottom + 6 + surface.ascent(ChartPainter.SMALL);
        for (int index = 0; index < ticks.length; index++) {
            double tickX = axis.position(ticks[index], left, end);
            surface.line(tickX, top, tickX, plotBottom, theme.grid(), 1, false);
            surface.text(labels[index], tickX, tickBaseline, ChartPainter.SMALL, theme.muted(),
                ChartSurface.Align.CENTRE);
        }
        surface.text(Measures.axisTitle(model.measure()), (left + end) / 2,
            tickBaseline + surface.lineHeight(ChartPainter.SMALL), ChartPainter.SMALL, theme.muted(),
            ChartSurface.Align.CENTRE);
        if (visible == 0) {
            return;
        }
        double band = (plotBottom - top) / visible;
        double thickness = Math.min(28, band * 0.68);
        double zero = axis.position(0, left, end);
        int row = 0;
        for (int index = 0; index < series.size(); index++) {
            ChartSeries one = series.get(index);
            if (!one.visible()) {
                continue;
            }
            layout.rankedBar(index);
            double centre = top + band * (row + 0.5);
            double barEnd = axis.position(one.finite(0), left, end);
            surface.fillRect(Math.min(zero, barEnd), centre - thickness / 2, Math.abs(barEnd - zero), thickness,
                one.colour());
            if (index == focusSeries) {
                surface.strokeRect(Math.min(zero, barEnd) - 2, centre - thickness / 2 - 2,
                    Math.abs(barEnd - zero) + 4, thickness + 4, ChartPainter.focusColour(model), 1.5);
            }
            double baseline = centre + surface.ascent(ChartPainter.BODY) / 2 - 1;
            surface.text(TextFit.fit(surface, ChartPainter.BODY, one.label(), labelWidth - 10), left - 8, baseline,
                ChartPainter.BODY, theme.text(), ChartSurface.Align.END);
            surface.text(Measures.full(model.measure(), one.values()[0]), Math.max(zero, barEnd) + 5, baseline,
                ChartPainter.SMALL, theme.muted(), ChartSurface.Align.START);
            row++;
        }
        surface.line(zero, top, zero, plotBottom, theme.axis(), 1, false);
    }
}
