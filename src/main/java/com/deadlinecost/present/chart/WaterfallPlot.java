package com.deadlinecost.present.chart;

import com.deadlinecost.present.Palette;
import java.util.List;

/**
 * A waterfall: one column per series, a total standing on zero, a step floating from the running total before it,
 * dashed connectors at the running total between columns, the value above each bar and the label and detail below.
 */
final class WaterfallPlot {

    private WaterfallPlot() {
    }

    static void paint(ChartModel model, ChartSurface surface, ChartLayout layout, double x, double top,
                      double right, double bottom, int focusSeries) {
        Palette.Theme theme = model.theme();
        List<ChartSeries> bars = model.series();
        double[][] spans = WaterfallCharts.spans(bars);
        double min = 0;
        double max = 0;
        int detailLines = 0;
        for (int index = 0; index < spans.length; index++) {
            min = Math.min(min, Math.min(spans[index][0], spans[index][1]));
            max = Math.max(max, Math.max(spans[index][0], spans[index][1]));
            String detail = bars.get(index).detail();
            detailLines = Math.max(detailLines, detail.isEmpty() ? 0 : detail.split("\n").length);
        }
        double valueRow = surface.lineHeight(ChartPainter.SMALL) + 4;
        double labelRows = 8 + surface.lineHeight(ChartPainter.BODY) + detailLines * surface.lineHeight(
            ChartPainter.NOTE);
        double plotTop = top + valueRow;
        double plotBottom = bottom - labelRows;
        ValueAxis axis = new ValueAxis(model.measure(), min, max, Math.max(2, (int) ((plotBottom - plotTop) / 60)));
        double left = x + TimePlot.tickWidth(surface, axis) + 10;
        layout.plot(left, plotTop, right, plotBottom, axis);
        layout.columns(bars.size(), bottom);
        TimePlot.gridAndTicks(surface, axis, theme, left, right, plotTop, plotBottom);
        double slot = (right - left) / bars.size();
        double width = slot * 0.62;
        for (int index = 0; index < bars.size(); index++) {
            ChartSeries bar = bars.get(index);
            double centre = layout.columnCentre(index);
            double y1 = axis.position(spans[index][0], plotBottom, plotTop);
            double y2 = axis.position(spans[index][1], plotBottom, plotTop);
            double barTop = Math.min(y1, y2);
            double height = Math.max(1, Math.abs(y2 - y1));
            surface.fillRect(centre - width / 2, barTop, width, height, bar.colour());
            if (index == focusSeries) {
                surface.strokeRect(centre - width / 2 - 2, barTop - 2, width + 4, height + 4,
                    ChartPainter.focusColour(model), 1.5);
            }
            if (index + 1 < bars.size()) {
                surface.line(centre + width / 2, y2, layout.columnCentre(index + 1) - width / 2, y2, theme.axis(), 1,
                    true);
            }
            surface.text(TextFit.fit(surface, ChartPainter.SMALL, WaterfallCharts.valueText(bar), slot - 2), centre,
                barTop - 4, ChartPainter.SMALL, theme.text(), ChartSurface.Align.CENTRE);
            double baseline = plotBottom + 6 + surface.ascent(ChartPainter.BODY);
            surface.text(TextFit.fit(surface, ChartPainter.BODY, bar.label(), slot - 4), centre, baseline,
                ChartPainter.BODY, theme.text(), ChartSurface.Align.CENTRE);
            if (!bar.detail().isEmpty()) {
                for (String line : bar.detail().split("\n")) {
                    baseline += surface.lineHeight(ChartPainter.NOTE);
                    surface.text(TextFit.fit(surface, ChartPainter.NOTE, line, slot - 4), centre, baseline,
                        ChartPainter.NOTE, theme.muted(), ChartSurface.Align.CENTRE);
                }
            }
        }
        double zero = axis.position(0, plotBottom, plotTop);
        surface.line(left, zero, right, zero, theme.axis(), 1, false);
    }
}
