package com.deadlinecost.present.chart;

import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.util.List;
import java.util.Optional;

/**
 * Draws a time plot's {@link ChartOverlays}. Lines: the earlier period as a thin faint line per series, the
 * projection as a dashed continuation of each series over its 80 % band. Stacked bars: the earlier period as a
 * faint ghost bar behind each bar with a tick at its height, the projection as faint stacked bars with a dashed top
 * and the total's band as a whisker. Anomalies are red diamonds on their series' bucket, on top of everything.
 */
final class OverlayPlot {
    /** The colour of anomaly markers. */
    static final Rgb MARKER = Rgb.hex("#d92d20");
    /** How much of the background a faint overlay colour takes. */
    static final double FAINT = 0.6;
    private static final double MARKER_RADIUS = 5.5;

    private OverlayPlot() {
    }

    /** Widens {@code range} ({min, max}) to what the overlays draw. */
    static void widen(ChartModel model, boolean stacked, double[] range) {
        ChartOverlays overlays = model.overlays();
        List<ChartSeries> visible = model.visibleSeries();
        for (int bucket = 0; bucket < model.buckets().size(); bucket++) {
            double earlierSum = 0;
            double projectedSum = 0;
            for (ChartSeries one : visible) {
                double earlier = value(overlays.earlier().flatMap(e -> e.of(one.key())), bucket);
                ChartOverlays.Band band = overlays.projected().flatMap(p -> p.of(one.key())).orElse(null);
                if (stacked) {
                    earlierSum += Math.max(0, earlier);
                    projectedSum += band == null ? 0 : Math.max(0, finite(band.values()[bucket]));
                } else {
                    range[0] = Math.min(range[0], Math.min(earlier, band == null ? 0 : finite(band.low()[bucket])));
                    range[1] = Math.max(range[1], Math.max(earlier, band == null ? 0 : finite(band.high()[bucket])));
                }
            }
            if (stacked) {
                double totalHigh = wholeStackShown(model) && overlays.projected().isPresent()
                    ? finite(overlays.projected().get().total().high()[bucket]) : 0;
                range[1] = Math.max(range[1], Math.max(earlierSum, Math.max(projectedSum, totalHigh)));
            }
        }
    }

    /** What lies behind the series: earlier ghost bars or lines, projected bars, projection bands. */
    static void behind(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis, boolean stacked) {
        Palette.Theme theme = model.theme();
        ChartOverlays overlays = model.overlays();
        double slot = layout.slotWidth();
        if (stacked) {
            overlays.earlier().ifPresent(earlier -> {
                Rgb ghost = theme.muted().mix(theme.background(), 0.8);
                for (int bucket = 0; bucket < model.buckets().size(); bucket++) {
                    double total = earlierTotal(model, earlier, bucket);
                    if (total > 0) {
                        double top = y(axis, layout, total);
                        double zero = y(axis, layout, 0);
                        surface.fillRect(layout.bucketCentre(bucket) - slot * 0.48, top, slot * 0.96, zero - top,
                            ghost);
                    }
                }
            });
            overlays.projected().ifPresent(projected -> projectedStacks(model, surface, layout, axis, projected));
            return;
        }
        for (int index = model.series().size() - 1; index >= 0; index--) {
            ChartSeries one = model.series().get(index);
            if (!one.visible()) {
                continue;
            }
            Rgb faint = one.colour().mix(theme.background(), FAINT);
            overlays.earlier().flatMap(earlier -> earlier.of(one.key())).ifPresent(values ->
                runs(surface, layout, axis, values, 0, faint, 1.5, false));
            overlays.projected().ifPresent(projected -> projected.of(one.key()).ifPresent(band ->
                band(surface, layout, axis, band, Math.max(0, projected.firstBucket() - 1), one.colour(),
                    0.16)));
        }
    }

    /** What lies over the series: dashed projections, earlier ticks on bars, the markers. */
    static void over(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis, boolean stacked) {
        Palette.Theme theme = model.theme();
        ChartOverlays overlays = model.overlays();
        double slot = layout.slotWidth();
        if (stacked) {
            overlays.earlier().ifPresent(earlier -> {
                for (int bucket = 0; bucket < model.buckets().size(); bucket++) {
                    double total = earlierTotal(model, earlier, bucket);
                    if (total > 0) {
                        double level = y(axis, layout, total);
                        double centre = layout.bucketCentre(bucket);
                        surface.line(centre - slot * 0.48, level, centre + slot * 0.48, level, theme.muted(), 1.5,
                            false);
                    }
                }
            });
            overlays.projected().ifPresent(projected -> whiskers(model, surface, layout, axis, projected));
        } else {
            overlays.projected().ifPresent(projected -> {
                for (int index = model.series().size() - 1; index >= 0; index--) {
                    ChartSeries one = model.series().get(index);
                    if (one.visible()) {
                        projected.of(one.key()).ifPresent(band -> runs(surface, layout, axis, band.values(),
                            Math.max(0, projected.firstBucket() - 1), one.colour(), 2, true));
                    }
                }
            });
        }
        List<ChartMarker> markers = overlays.markers();
        for (int index = 0; index < markers.size(); index++) {
            double[] at = markerPoint(model, layout, axis, markers.get(index), stacked);
            surface.fillCircle(at[0], at[1], MARKER_RADIUS + 1.5, theme.background());
            diamond(surface, at[0], at[1], MARKER_RADIUS, MARKER);
            layout.marker(index, at[0], at[1]);
        }
    }

    /** A diamond centred on {@code (x, y)}, as markers and their legend entry are drawn. */
    static void diamond(ChartSurface surface, double x, double y, double radius, Rgb colour) {
        surface.fillPolygon(new double[] {x, x + radius, x, x - radius}, new double[] {y - radius, y, y + radius, y},
            4, colour, 1);
    }

    private static void projectedStacks(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis,
                                        ChartOverlays.Projected projected) {
        double slot = layout.slotWidth();
        double width = slot >= 4 ? slot * 0.8 : Math.max(1, slot);
        for (int bucket = projected.firstBucket(); bucket < model.buckets().size(); bucket++) {
            double base = 0;
            double x = layout.plotLeft() + slot * bucket + (slot - width) / 2;
            for (ChartSeries one : model.series()) {
                Optional<ChartOverlays.Band> band = projected.of(one.key());
                double value = band.isPresent() ? finite(band.get().values()[bucket]) : 0;
                if (!one.visible() || value <= 0) {
                    continue;
                }
                double top = y(axis, layout, base + value);
                surface.fillRect(x, top, width, Math.max(0.5, y(axis, layout, base) - top),
                    one.colour().mix(model.theme().background(), FAINT));
                base += value;
            }
        }
    }

    private static void whiskers(ChartModel model, ChartSurface surface, ChartLayout layout, ValueAxis axis,
                                 ChartOverlays.Projected projected) {
        double slot = layout.slotWidth();
        double width = slot >= 4 ? slot * 0.8 : Math.max(1, slot);
        Rgb ink = model.theme().text();
        for (int bucket = projected.firstBucket(); bucket < model.buckets().size(); bucket++) {
            double sum = 0;
            for (ChartSeries one : model.visibleSeries()) {
                ChartOverlays.Band band = projected.of(one.key()).orElse(null);
                sum += band == null ? 0 : Math.max(0, finite(band.values()[bucket]));
            }
            double centre = layout.bucketCentre(bucket);
            if (sum > 0) {
                double top = y(axis, layout, sum);
                surface.line(centre - width / 2, top, centre + width / 2, top, ink, 1.2, true);
            }
            ChartOverlays.Band total = projected.total();
            if (wholeStackShown(model) && Double.isFinite(total.low()[bucket]) && Double.isFinite(total
                    .high()[bucket])) {
                double low = y(axis, layout, total.low()[bucket]);
                double high = y(axis, layout, total.high()[bucket]);
                double cap = Math.min(4, width / 3);
                surface.line(centre, low, centre, high, ink, 1, false);
                surface.line(centre - cap, low, centre + cap, low, ink, 1, false);
                surface.line(centre - cap, high, centre + cap, high, ink, 1, false);
            }
        }
    }

    private static double[] markerPoint(ChartModel model, ChartLayout layout, ValueAxis axis, ChartMarker marker,
                                        boolean stacked) {
        int bucket = marker.bucket();
        double x = layout.bucketCentre(bucket);
        int series = marker.seriesKey() == null ? -1 : model.indexOf(marker.seriesKey());
        boolean onSeries = series >= 0 && model.series().get(series).visible();
        if (stacked) {
            double[] top = {0};
            BucketStack.walk(model.series(), bucket, (index, from, to) -> {
                if (!onSeries || index == series) {
                    top[0] = Math.max(top[0], to);
                }
                return !onSeries || index != series;
            });
            return new double[] {x, y(axis, layout, top[0])};
        }
        if (onSeries && Double.isFinite(model.series().get(series).values()[bucket])) {
            return new double[] {x, y(axis, layout, model.series().get(series).values()[bucket])};
        }
        double highest = 0;
        for (ChartSeries one : model.visibleSeries()) {
            highest = Math.max(highest, one.finite(bucket));
        }
        return new double[] {x, y(axis, layout, highest)};
    }

    /** Draws the finite runs of {@code values} from bucket {@code from} as lines. */
    private static void runs(ChartSurface surface, ChartLayout layout, ValueAxis axis, double[] values, int from,
                             Rgb colour, double width, boolean dashed) {
        int count = values.length;
        double[] xs = new double[count];
        double[] ys = new double[count];
        int run = 0;
        for (int bucket = from; bucket <= count; bucket++) {
            double value = bucket < count ? values[bucket] : Double.NaN;
            if (Double.isFinite(value)) {
                xs[run] = layout.bucketCentre(bucket);
                ys[run] = y(axis, layout, value);
                run++;
                continue;
            }
            if (run > 1) {
                surface.polyline(xs, ys, run, colour, width, dashed);
            }
            run = 0;
        }
    }

    /** The band's polygon over the buckets from {@code from} where both its edges are known. */
    static void band(ChartSurface surface, ChartLayout layout, ValueAxis axis, ChartOverlays.Band band, int from,
                     Rgb colour, double opacity) {
        int count = 0;
        for (int bucket = from; bucket < band.values().length; bucket++) {
            if (Double.isFinite(band.low()[bucket]) && Double.isFinite(band.high()[bucket])) {
                count++;
            }
        }
        if (count < 2) {
            return;
        }
        double[] xs = new double[count * 2];
        double[] ys = new double[count * 2];
        int point = 0;
        for (int bucket = from; bucket < band.values().length; bucket++) {
            if (Double.isFinite(band.low()[bucket]) && Double.isFinite(band.high()[bucket])) {
                xs[point] = layout.bucketCentre(bucket);
                ys[point] = y(axis, layout, band.high()[bucket]);
                xs[count * 2 - 1 - point] = xs[point];
                ys[count * 2 - 1 - point] = y(axis, layout, band.low()[bucket]);
                point++;
            }
        }
        surface.fillPolygon(xs, ys, count * 2, colour, opacity);
    }

    private static double earlierTotal(ChartModel model, ChartOverlays.Earlier earlier, int bucket) {
        double total = 0;
        for (ChartSeries one : model.visibleSeries()) {
            total += Math.max(0, value(earlier.of(one.key()), bucket));
        }
        return total;
    }

    /** Whether every series is shown, so the total's band belongs to the drawn stack. */
    private static boolean wholeStackShown(ChartModel model) {
        return model.visibleSeries().size() == model.series().size();
    }

    private static double value(Optional<double[]> values, int bucket) {
        return values.isPresent() ? finite(values.get()[bucket]) : 0;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static double y(ValueAxis axis, ChartLayout layout, double value) {
        return axis.position(value, layout.plotBottom(), layout.plotTop());
    }
}
