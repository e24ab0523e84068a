package com.deadlinecost.present.chart;

import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Measures;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ChartModel} onto any {@link ChartSurface} at a given size in points: the title, the query
 * in words and a corner text on top, the plot, a legend on the right and the note at the bottom. The same
 * picture on screen and in every export, because both measure their text through the surface they draw on.
 * The plots are {@link TimePlot} (stacked bars, lines, with the overlays of {@link OverlayPlot}),
 * {@link RankedPlot}, {@link DonutPlot} and {@link WaterfallPlot}.
 */
public final class ChartPainter {
    static final ChartSurface.TextStyle TITLE = new ChartSurface.TextStyle(17, true);
    static final ChartSurface.TextStyle BODY = new ChartSurface.TextStyle(12, false);
    static final ChartSurface.TextStyle SMALL = new ChartSurface.TextStyle(11, false);
    static final ChartSurface.TextStyle NOTE = new ChartSurface.TextStyle(10.5, false);
    private static final double LEGEND_ROW = 20;
    private static final String EARLIER_KEY = "earlier";
    private static final String PROJECTED_KEY = "projected";
    private static final String MARKERS_KEY = "markers";

    private ChartPainter() {
    }

    /** Paints the whole chart into the rectangle (0, 0, width, height) and says where everything went. */
    public static ChartLayout paint(ChartModel model, ChartSurface surface, double width, double height) {
        return paint(model, surface, width, height, -1, -1);
    }

    /**
     * Paints the chart with series {@code focusSeries} in bucket {@code focusBucket} outlined (the keyboard's
     * or the pointer's place); -1 for none.
     */
    public static ChartLayout paint(ChartModel model, ChartSurface surface, double width, double height,
                                    int focusSeries, int focusBucket) {
        ChartLayout layout = new ChartLayout(model);
        Palette.Theme theme = model.theme();
        surface.fillRect(0, 0, width, height, theme.background());
        double pad = Math.max(12, Math.min(width, height) * 0.025);
        double top = header(model, surface, pad, width - 2 * pad);
        double bottom = note(model, surface, pad, width - 2 * pad, height - pad);
        boolean legendBeside = width >= 520 && model.kind() != ChartKind.WATERFALL;
        double legendWidth = legendBeside ? Math.min(260, Math.max(140, width * 0.24)) : 0;
        double plotRight = width - pad - (legendBeside ? legendWidth + 16 : 0);
        double plotTop = top + 10;
        if (model.isEmpty()) {
            surface.text("No data in this range", (pad + plotRight) / 2, (plotTop + bottom) / 2, BODY, theme.muted(),
                ChartSurface.Align.CENTRE);
            return layout;
        }
        if (legendBeside) {
            legend(model, surface, layout, plotRight + 16, plotTop, legendWidth, bottom - plotTop);
        }
        switch (model.kind()) {
            case RANKED_BARS:
                RankedPlot.paint(model, surface, layout, pad, plotTop, plotRight, bottom, focusSeries);
                break;
            case SHARE:
                DonutPlot.paint(model, surface, layout, pad, plotTop, plotRight, bottom, focusSeries);
                break;
            case WATERFALL:
                WaterfallPlot.paint(model, surface, layout, pad, plotTop, plotRight, bottom, focusSeries);
                break;
            default:
                TimePlot.paint(model, surface, layout, pad, plotTop, plotRight, bottom, focusSeries, focusBucket);
                break;
        }
        return layout;
    }

    private static double header(ChartModel model, ChartSurface surface, double left, double width) {
        Palette.Theme theme = model.theme();
        ChartModel.Header header = model.header();
        double cornerWidth = header.corner().isEmpty() ? 0 : surface.textWidth(header.corner(), SMALL) + 24;
        double baseline = left + surface.ascent(TITLE);
        surface.text(TextFit.fit(surface, TITLE, header.title(), width - cornerWidth), left, baseline, TITLE,
            theme.text(), ChartSurface.Align.START);
        if (!header.corner().isEmpty()) {
            surface.text(header.corner(), left + width, baseline, SMALL, theme.muted(), ChartSurface.Align.END);
        }
        double bottom = baseline + surface.lineHeight(TITLE) - surface.ascent(TITLE);
        for (String line : header.lines()) {
            baseline += surface.lineHeight(BODY) + 2;
            surface.text(TextFit.fit(surface, BODY, line, width), left, baseline, BODY, theme.muted(),
                ChartSurface.Align.START);
            bottom = baseline + surface.lineHeight(BODY) - surface.ascent(BODY);
        }
        return bottom;
    }

    /** Draws the wrapped note above {@code bottom}; returns the top of what it drew. */
    private static double note(ChartModel model, ChartSurface surface, double left, double width, double bottom) {
        if (model.header().note().isEmpty()) {
            return bottom;
        }
        List<String> lines = TextFit.wrap(surface, NOTE, model.header().note(), width);
        double line = surface.lineHeight(NOTE);
        double top = bottom - lines.size() * line;
        double baseline = top + surface.ascent(NOTE);
        for (String text : lines) {
            surface.text(text, left, baseline, NOTE, model.theme().muted(), ChartSurface.Align.START);
            baseline += line;
        }
        surface.line(left, top - 6, left + width, top - 6, model.theme().grid(), 1, false);
        return top - 12;
    }

    private static void legend(ChartModel model, ChartSurface surface, ChartLayout layout, double x, double y,
                               double width, double height) {
        Palette.Theme theme = model.theme();
        List<ChartSeries> series = model.series();
        double total = 0;
        for (ChartSeries one : model.visibleSeries()) {
            total += Math.max(0, Double.isFinite(one.total()) ? one.total() : 0);
        }
        List<String> keys = overlayKeys(model);
        int fitting = (int) Math.floor(height / LEGEND_ROW) - keys.size();
        int shown = series.size() <= fitting ? series.size() : Math.max(0, fitting - 1);
        double row = y;
        for (int index = 0; index < shown; index++) {
            ChartSeries one = series.get(index);
            if (one.visible() && one.mark() == ChartSeries.Mark.DASHED_LINE) {
                surface.line(x, row + 9.5, x + 12, row + 9.5, one.colour(), 2, true);
            } else if (one.visible()) {
                surface.fillRect(x, row + 4, 11, 11, one.colour());
            } else {
                surface.strokeRect(x + 0.5, row + 4.5, 10, 10, one.colour(), 1);
            }
            String value = model.kind() == ChartKind.SHARE && total > 0
                ? Formats.percent(Math.max(0, one.total()) / total) : Measures.full(model.measure(), one.total());
            if (!one.visible()) {
                value = "hidden";
            }
            Rgb text = one.visible() ? theme.text() : theme.muted();
            double valueWidth = surface.textWidth(value, SMALL);
            surface.text(value, x + width, row + 14, SMALL, theme.muted(), ChartSurface.Align.END);
            surface.text(TextFit.fit(surface, BODY, one.label(), width - 26 - valueWidth), x + 17, row + 14, BODY,
                text, ChartSurface.Align.START);
            layout.legendRow(index, x, row, width, LEGEND_ROW);
            row += LEGEND_ROW;
        }
        if (shown < series.size()) {
            surface.text("+ " + (series.size() - shown) + " more", x + 17, row + 14, SMALL, theme.muted(),
                ChartSurface.Align.START);
            row += LEGEND_ROW;
        }
        ChartOverlays overlays = model.overlays();
        for (String key : keys) {
            double middle = row + 10;
            if (key.equals(EARLIER_KEY)) {
                surface.line(x, middle, x + 12, middle, theme.muted().mix(theme.background(), OverlayPlot.FAINT / 2),
                    2, false);
            } else if (key.equals(PROJECTED_KEY)) {
                surface.fillRect(x, middle - 5, 12, 10, theme.muted().mix(theme.background(), 0.8));
                surface.line(x, middle, x + 12, middle, theme.text(), 1.5, true);
            } else {
                OverlayPlot.diamond(surface, x + 6, middle, 5, OverlayPlot.MARKER);
            }
            surface.text(TextFit.fit(surface, BODY, overlayLabel(overlays, key), width - 17), x + 17, row + 14, BODY,
                theme.muted(), ChartSurface.Align.START);
            row += LEGEND_ROW;
        }
    }

    /** The legend's entries for the overlays a chart draws, in the order they are listed. */
    private static List<String> overlayKeys(ChartModel model) {
        List<String> keys = new ArrayList<>();
        if (!model.kind().overTime()) {
            return keys;
        }
        model.overlays().earlier().ifPresent(earlier -> keys.add(EARLIER_KEY));
        model.overlays().projected().ifPresent(projected -> keys.add(PROJECTED_KEY));
        if (!model.overlays().markers().isEmpty()) {
            keys.add(MARKERS_KEY);
        }
        return keys;
    }

    private static String overlayLabel(ChartOverlays overlays, String key) {
        switch (key) {
            case EARLIER_KEY:
                return overlays.earlier().map(ChartOverlays.Earlier::label).orElse("");
            case PROJECTED_KEY:
                return overlays.projected().map(ChartOverlays.Projected::label).orElse("");
            default:
                int count = overlays.markers().size();
                return count + (count == 1 ? " anomaly" : " anomalies");
        }
    }

    /** A focused element's outline colour: the text colour, which stands out on any series colour. */
    static Rgb focusColour(ChartModel model) {
        return model.theme().text();
    }
}
