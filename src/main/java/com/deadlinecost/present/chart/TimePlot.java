package com.deadlinecost.present.chart;

import com.deadlinecost.present.Measures;
import com.deadlinecost.present.Palette;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stacked bars or lines over the display buckets: a value axis on the left, bucket labels below thinned by
 * their measured width (never overlapping), guide lines, and the fold note above the plot. The drawing
 * costs one rectangle per visible series and bucket, and the buckets are at most the plot's pixel columns.
 * The model's overlays (earlier period, projection, markers) are drawn by {@link OverlayPlot} around the series.
 */
final class TimePlot {
    private static final int MARKER_LIMIT = 45;
    private static final int[] HOUR_STEPS = {1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2160, 4320, 8760};
    private static final int[] DAY_STEPS = {1, 2, 7, 14, 28, 56, 91, 182, 365, 730};
    private static final int[] WEEK_STEPS = {1, 2, 4, 8, 13, 26, 52, 104};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};

    private TimePlot() {
    }

    static void paint(ChartModel model, ChartSurface surface, ChartLayout layout, double x, double top,
                      double right, double bottom, int focusSeries, int focusBucket) {
        Palette.Theme theme = model.theme();
        boolean stacked = model.kind() == ChartKind.STACKED_BARS;
        if (!model.foldNote().isEmpty()) {
            surface.text(model.foldNote(), right, top + surface.ascent(ChartPainter.SMALL), ChartPainter.SMALL,
                theme.muted(), ChartSurface.Align.END);
            top += surface.lineHeight(ChartPainter.SMALL) + 4;
        }
        double labelRow = surface.lineHeight(ChartPainter.SMALL) + 10;
        double plotBottom = bottom - labelRow;
        ValueAxis axis = axis(model, stacked, plotBottom - top);
        double left = x + surface.lineHeight(ChartPainter.SMALL) + 6 + tickWidth(surface, axis) + 8;
        layout.plot(left, top, right, plotBottom, axis);
        gridAndTicks(surface, axis, theme, left, right, top, plotBottom);
        surface.verticalText(Measures.axisTitle(model.measure()), x + surface.ascent(ChartPainter.SMALL) / 2 + 2,
            (top + plotBottom) / 2, ChartPainter.SMALL, theme.muted());
        bucketLabels(model, surface, layout, plotBottom);
        OverlayPlot.behind(model, surface, layout, axis, stacked);
        if (stacked) {
            stacks(model, surface, layout, axis);
        } else {
            lines(model, surface, layout, axis);
        }
        guides(model, surface, layout, axis);
        double zero = axis.position(0, plotBottom, top);
        surface.line(left, zero, right, zero, theme.axis(), 1, false);
        OverlayPlot.over(model, surface, layout, axis, stacked);
        if (focusSeries >= 0 && focusBucket >= 0 && focusBucket < model.buckets().size()) {
            focus(model, surface, layout, axis, focusSeries, focusBucket, stacked);
        }
    }

    /** The widest tick label of a vertical value axis. */
    static double tickWidth(ChartSurface surface, ValueAxis axis) {
        double width = 0;
        for (String label : axis.labels()) {
            width = Math.max(width, surface.textWidth(label, ChartPainter.SMALL));
        }
        return width;
    }

    /** Grid lines across the plot at the ticks of a vertical value axis, labelled left of {@code left}. */
    static void gridAndTicks(ChartSurface surface, ValueAxis axis, Palette.Theme theme, double left, double right,
                             double top, double bottom) {
        double[] ticks = axis.ticks();
        String[] labels = axis.labels();
        for (int index = 0; index < ticks.length; index++) {
            double y = axis.position(ticks[index], bottom, top);
            surface.line(left, y, right, y, theme.grid(), 1, false);
            surface.text(labels[index], left - 6, y + surface.ascent(ChartPainter.SMALL) / 2 - 1, ChartPainter.SMALL,
                theme.muted(), ChartSurface.Align.END);
        }
    }

    private static ValueAxis axis(ChartModel model, boolean stacked, double height) {
        double min = 0;
        double max = 0;
        List<ChartSeries> visible = model.visibleSeries();
        for (int bucket = 0; bucket < model.buckets().size(); bucket++) {
            double positive = 0;
            double negative = 0;
            for (ChartSeries series : visible) {
                double value = series.finite(bucket);
                if (stacked) {
                    positive += Math.max(0, value);
                    negative += Math.min(0, value);
                } else {
                    // A band is NaN where it is not drawn; NaN would win every max and leave the axis at $1.
                    positive = Math.max(positive, Math.max(value, edge(series.high(), bucket)));
                    negative = Math.min(negative, Math.min(value, edge(series.low(), bucket)));
                }
            }
            max = Math.max(max, positive);
            min = Math.min(min, negative);
        }
        for (ChartGuide guide : model.guides()) {
            max = Math.max(max, guide.value());
        }
        double[] range = {min, max};
        OverlayPlot.widen(model, stacked, range);
        min = range[0];
        max = range[1];
        return new ValueAxis(model.measure(), min, max, Math.max(2, (int) (height / 60)));
    }

    private static double edge(double[] band, int bucket) {
        return band == null || !Double.isFinite(band[bucket]) ? 0 : band[bucket];
    }

    /** Labels every n-th bucket, n the smallest round step at which the widest label fits its room. */
    private static void bucketLabels(ChartModel model, ChartSurface surface, ChartLayout layout, double bottom) {
        int count = model.buckets().size();
        boolean withYear = model.spansYears();
        double widest = 0;
        for (int index : new int[] {0, count / 2, count - 1}) {
            widest = Math.max(widest, surface.textWidth(model.bucketLabel(index, withYear), ChartPainter.SMALL));
        }
        double slot = layout.slotWidth();
        int every = count;
        for (int step : steps(model)) {
            if (step * slot >= widest + 12) {
                every = step;
                break;
            }
        }
        double baseline = bottom + 6 + surface.ascent(ChartPainter.SMALL);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int index = 0; index < count; index += every) {
            double centre = layout.bucketCentre(index);
            String label = model.bucketLabel(index, withYear);
            double half = surface.textWidth(label, ChartPainter.SMALL) / 2;
            if (centre - half < lastEnd + 6 || centre + half > layout.plotRight() + 40) {
                continue;
            }
            surface.line(centre, bottom, centre, bottom + 4, model.theme().axis(), 1, false);
            surface.text(label, centre, baseline, ChartPainter.SMALL, model.theme().muted(),
                ChartSurface.Align.CENTRE);
            lastEnd = centre + half;
        }
    }

    private static int[] steps(ChartModel model) {
        switch (model.period()) {
            case HOURLY:
                return HOUR_STEPS;
            case DAILY:
                return DAY_STEPS;
            case WEEKLY:
                return WEEK_STEPS;
            default:
                return MONTH_STEPS;
        }
    }

    private static void stacks(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis) {
        double slot = layout.slotWidth();
        double width = slot >= 4 ? slot * 0.8 : Math.max(1, slot);
        List<ChartSeries> series = model.series();
        for (int bucket = 0; bucket < model.buckets().size(); bucket++) {
            double x = layout.plotLeft() + slot * bucket + (slot - width) / 2;
            BucketStack.walk(series, bucket, (index, from, to) -> {
                double y1 = axis.position(from, layout.plotBottom(), layout.plotTop());
                double y2 = axis.position(to, layout.plotBottom(), layout.plotTop());
                // A sliver under half a pixel still shows: a bar that exists is never invisible.
                surface.fillRect(x, Math.min(y1, y2), width, Math.max(0.5, Math.abs(y2 - y1)),
                    series.get(index).colour());
                return true;
            });
        }
    }

    private static void lines(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis) {
        int count = model.buckets().size();
        double[] xs = new double[count];
        double[] ys = new double[count];
        List<ChartSeries> series = model.series();
        // The largest series is drawn last so that it stays on top where lines cross.
        for (int index = series.size() - 1; index >= 0; index--) {
            ChartSeries one = series.get(index);
            if (!one.visible()) {
                continue;
            }
            if (one.low() != null && one.high() != null) {
                band(surface, layout, axis, one);
            }
            boolean dashed = one.mark() == ChartSeries.Mark.DASHED_LINE;
            int run = 0;
            for (int bucket = 0; bucket <= count; bucket++) {
                double value = bucket < count ? one.values()[bucket] : Double.NaN;
                if (Double.isFinite(value)) {
                    xs[run] = layout.bucketCentre(bucket);
                    ys[run] = axis.position(value, layout.plotBottom(), layout.plotTop());
                    run++;
                    continue;
                }
                if (run > 0) {
                    surface.polyline(xs, ys, run, one.colour(), 2, dashed);
                }
                run = 0;
            }
            if (count <= MARKER_LIMIT) {
                for (int bucket = 0; bucket < count; bucket++) {
                    if (Double.isFinite(one.values()[bucket])) {
                        surface.fillCircle(layout.bucketCentre(bucket), axis.position(one.values()[bucket],
                            layout.plotBottom(), layout.plotTop()), 2.5, one.colour());
                    }
                }
            }
        }
    }

    private static void band(ChartSurface surface, ChartLayout layout, ValueAxis axis, ChartSeries one) {
        OverlayPlot.band(surface, layout, axis, new ChartOverlays.Band(one.values(), one.low(), one.high()), 0,
            one.colour(), 0.18);
    }

    private static void guides(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis) {
        // Labels of guides close together (a limit and a 95 % threshold) would overprint: from the top down,
        // each label keeps at least a line below the one above it.
        List<ChartGuide> topDown = new ArrayList<>(model.guides());
        topDown.sort(Comparator.comparingDouble(ChartGuide::value).reversed());
        double lineHeight = surface.lineHeight(ChartPainter.SMALL);
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (ChartGuide guide : topDown) {
            double y = axis.position(guide.value(), layout.plotBottom(), layout.plotTop());
            surface.line(layout.plotLeft(), y, layout.plotRight(), y, guide.colour(), 1.5, guide.dashed());
            double label = Math.max(y - 4, lastLabel + lineHeight);
            surface.text(guide.label(), layout.plotRight() - 4, label, ChartPainter.SMALL, guide.colour(),
                ChartSurface.Align.END);
            lastLabel = label;
        }
    }

    private static void focus(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis,
                              int focusSeries, int bucket, boolean stacked) {
        double centre = layout.bucketCentre(bucket);
        double slot = Math.max(3, layout.slotWidth());
        surface.strokeRect(centre - slot / 2, layout.plotTop(), slot, layout.plotBottom() - layout.plotTop(),
            ChartPainter.focusColour(model), 1);
        if (!stacked && focusSeries < model.series().size()) {
            double value = model.series().get(focusSeries).values()[bucket];
            if (Double.isFinite(value)) {
                surface.fillCircle(centre, axis.position(value, layout.plotBottom(), layout.plotTop()), 4,
                    model.series().get(focusSeries).colour());
            }
        }
    }
}
