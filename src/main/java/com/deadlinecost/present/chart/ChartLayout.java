package com.deadlinecost.present.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a painted chart put things, so that hover, clicks, keys and drags are answered from geometry rather
 * than from one node per bar: the plot's rectangle, the time slots or ranked bands, the donut's slices and
 * the legend's rows. Filled in by {@link ChartPainter}.
 */
public final class ChartLayout {
    /** How far from a marker's centre the pointer still finds it, in points. */
    static final double MARKER_REACH = 8;
    private final ChartModel model;
    private final List<double[]> legendRows = new ArrayList<>();
    private final List<double[]> slices = new ArrayList<>();
    private final List<Integer> rankedOrder = new ArrayList<>();
    private final List<double[]> markers = new ArrayList<>();
    private double plotLeft;
    private double plotTop;
    private double plotRight;
    private double plotBottom;
    private ValueAxis axis;
    private double donutX;
    private double donutY;
    private double donutOuter;
    private double donutInner;
    private int columns;
    private double labelsBottom;

    ChartLayout(ChartModel model) {
        this.model = model;
    }

    void plot(double left, double top, double right, double bottom, ValueAxis valueAxis) {
        plotLeft = left;
        plotTop = top;
        plotRight = right;
        plotBottom = bottom;
        axis = valueAxis;
    }

    void legendRow(int series, double x, double y, double width, double height) {
        legendRows.add(new double[] {series, x, y, width, height});
    }

    void marker(int index, double x, double y) {
        markers.add(new double[] {index, x, y});
    }

    /** A waterfall's bars: one column per series, their labels reaching down to {@code bottom}. */
    void columns(int count, double bottom) {
        columns = count;
        labelsBottom = bottom;
    }

    void rankedBar(int series) {
        rankedOrder.add(series);
    }

    void donut(double x, double y, double outer, double inner) {
        donutX = x;
        donutY = y;
        donutOuter = outer;
        donutInner = inner;
    }

    void slice(int series, double startDegrees, double extentDegrees) {
        slices.add(new double[] {series, startDegrees, extentDegrees});
    }

    /** The value axis of a time plot, ranked bars or a waterfall; null for a donut or before painting. */
    public ValueAxis axis() {
        return axis;
    }

    /** The model drawn. */
    public ChartModel model() {
        return model;
    }

    /** The plot's left edge; time slots run from here to {@link #plotRight()}. */
    public double plotLeft() {
        return plotLeft;
    }

    public double plotRight() {
        return plotRight;
    }

    public double plotTop() {
        return plotTop;
    }

    public double plotBottom() {
        return plotBottom;
    }

    /** The width of one display bucket on a time plot. */
    public double slotWidth() {
        return (plotRight - plotLeft) / Math.max(1, model.buckets().size());
    }

    /** The display bucket under {@code x} on a time plot, clamped to the buckets. */
    public int bucketAt(double x) {
        int bucket = (int) Math.floor((x - plotLeft) / slotWidth());
        return Math.max(0, Math.min(model.buckets().size() - 1, bucket));
    }

    /** The centre of display bucket {@code index} on a time plot. */
    public double bucketCentre(int index) {
        return plotLeft + slotWidth() * (index + 0.5);
    }

    /** Whether {@code (x, y)} lies in the plot. */
    public boolean inPlot(double x, double y) {
        // Half a point of slack: a value at the top of the axis lands on the edge, give or take rounding.
        return x >= plotLeft - 0.5 && x <= plotRight + 0.5 && y >= plotTop - 0.5 && y <= plotBottom + 0.5;
    }

    /**
     * A point inside the drawn element of series {@code series} in bucket {@code bucket} (any bucket for
     * charts over the whole range), where a click or hover finds it; empty when it is not drawn.
     */
    public Optional<double[]> pointOf(int series, int bucket) {
        if (model.isEmpty() || series < 0 || series >= model.series().size() || !model.series().get(series).visible()) {
            return Optional.empty();
        }
        switch (model.kind()) {
            case SHARE:
                for (double[] slice : slices) {
                    if ((int) slice[0] == series) {
                        double middle = Math.toRadians(slice[1] + slice[2] / 2);
                        double radius = (donutOuter + donutInner) / 2;
                        return Optional.of(new double[] {donutX + Math.cos(middle) * radius,
                            donutY - Math.sin(middle) * radius});
                    }
                }
                return Optional.empty();
            case WATERFALL:
                if (series >= columns) {
                    return Optional.empty();
                }
                double[] span = WaterfallCharts.spans(model.series())[series];
                return Optional.of(new double[] {columnCentre(series),
                    axis.position((span[0] + span[1]) / 2, plotBottom, plotTop)});
            case RANKED_BARS:
                int row = rankedOrder.indexOf(series);
                if (row < 0) {
                    return Optional.empty();
                }
                double band = (plotBottom - plotTop) / rankedOrder.size();
                double end = axis.position(model.series().get(series).finite(0), plotLeft, plotRight);
                double zero = axis.position(0, plotLeft, plotRight);
                return Optional.of(new double[] {(zero + end) / 2, plotTop + band * (row + 0.5)});
            default:
                return timePoint(series, bucket);
        }
    }

    private Optional<double[]> timePoint(int series, int bucket) {
        ChartSeries wanted = model.series().get(series);
        if (bucket < 0 || bucket >= model.buckets().size() || !Double.isFinite(wanted.values()[bucket])) {
            return Optional.empty();
        }
        if (model.kind() != ChartKind.STACKED_BARS) {
            return Optional.of(new double[] {bucketCentre(bucket),
                axis.position(wanted.values()[bucket], plotBottom, plotTop)});
        }
        double[] middle = {Double.NaN};
        BucketStack.walk(model.series(), bucket, (index, from, to) -> {
            middle[0] = index == series ? (from + to) / 2 : Double.NaN;
            return index < series;
        });
        if (Double.isNaN(middle[0])) {
            return Optional.empty();
        }
        return Optional.of(new double[] {bucketCentre(bucket), axis.position(middle[0], plotBottom, plotTop)});
    }

    /**
     * The marker (its index in the model's {@link ChartOverlays#markers()}) under {@code (x, y)}, the nearest when
     * several are close; markers lie over the series, so a tooltip asks for one first.
     */
    public Optional<Integer> markerAt(double x, double y) {
        int found = -1;
        double best = MARKER_REACH;
        for (double[] marker : markers) {
            double away = Math.hypot(marker[1] - x, marker[2] - y);
            if (away <= best) {
                best = away;
                found = (int) marker[0];
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(found);
    }

    /** Where marker {@code index} was drawn, if it was. */
    public Optional<double[]> markerPoint(int index) {
        for (double[] marker : markers) {
            if ((int) marker[0] == index) {
                return Optional.of(new double[] {marker[1], marker[2]});
            }
        }
        return Optional.empty();
    }

    /** What lies under {@code (x, y)}, if anything. */
    public Optional<ChartHit> hitAt(double x, double y) {
        for (double[] row : legendRows) {
            if (x >= row[1] && x <= row[1] + row[3] && y >= row[2] && y <= row[2] + row[4]) {
                return Optional.of(new ChartHit((int) row[0], -1, true));
            }
        }
        if (model.isEmpty()) {
            return Optional.empty();
        }
        switch (model.kind()) {
            case SHARE:
                return sliceAt(x, y);
            case RANKED_BARS:
                return rankedAt(x, y);
            case WATERFALL:
                return columnAt(x, y);
            default:
                return inPlot(x, y) ? timeAt(x, y) : Optional.empty();
        }
    }

    private Optional<ChartHit> timeAt(double x, double y) {
        int bucket = bucketAt(x);
        List<ChartSeries> series = model.series();
        if (model.kind() == ChartKind.STACKED_BARS) {
            int hit = BucketStack.walk(series, bucket, (index, from, to) -> {
                double y1 = axis.position(from, plotBottom, plotTop);
                double y2 = axis.position(to, plotBottom, plotTop);
                return y < Math.min(y1, y2) - 1 || y > Math.max(y1, y2) + 1;
            });
            return hit < 0 ? Optional.empty() : Optional.of(new ChartHit(hit, bucket, false));
        }
        int nearest = -1;
        double distance = 10;
        for (int index = 0; index < series.size(); index++) {
            double value = drawnValue(series.get(index), bucket);
            if (series.get(index).visible() && Double.isFinite(value)) {
                double away = Math.abs(axis.position(value, plotBottom, plotTop) - y);
                if (away < distance) {
                    distance = away;
                    nearest = index;
                }
            }
        }
        return nearest < 0 ? Optional.empty() : Optional.of(new ChartHit(nearest, bucket, false));
    }

    /** A line's value in a bucket: the actual one, or where no actual value is yet, the projected one. */
    private double drawnValue(ChartSeries one, int bucket) {
        double value = one.values()[bucket];
        if (Double.isFinite(value) || model.overlays().projected().isEmpty()) {
            return value;
        }
        ChartOverlays.Projected projected = model.overlays().projected().get();
        return bucket < projected.firstBucket() ? value
            : projected.of(one.key()).map(band -> band.values()[bucket]).orElse(Double.NaN);
    }

    /** The centre of a waterfall's column {@code index}. */
    double columnCentre(int index) {
        return plotLeft + (plotRight - plotLeft) / Math.max(1, columns) * (index + 0.5);
    }

    private Optional<ChartHit> columnAt(double x, double y) {
        if (columns == 0 || x < plotLeft || x > plotRight || y < plotTop || y > labelsBottom) {
            return Optional.empty();
        }
        int column = (int) Math.floor((x - plotLeft) / ((plotRight - plotLeft) / columns));
        return Optional.of(new ChartHit(Math.min(column, columns - 1), 0, false));
    }

    private Optional<ChartHit> rankedAt(double x, double y) {
        if (rankedOrder.isEmpty() || y < plotTop || y > plotBottom || x < plotLeft - 200 || x > plotRight) {
            return Optional.empty();
        }
        double band = (plotBottom - plotTop) / rankedOrder.size();
        int row = (int) Math.floor((y - plotTop) / band);
        return Optional.of(new ChartHit(rankedOrder.get(Math.min(row, rankedOrder.size() - 1)), 0, false));
    }

    private Optional<ChartHit> sliceAt(double x, double y) {
        double dx = x - donutX;
        double dy = donutY - y;
        double radius = Math.hypot(dx, dy);
        if (radius > donutOuter || radius < donutInner) {
            return Optional.empty();
        }
        // Slices run clockwise from twelve o'clock, as they are drawn.
        double degrees = 90 - Math.toDegrees(Math.atan2(dy, dx));
        double clockwise = Math.floorMod(Math.round(degrees * 1000), 360_000) / 1000.0;
        for (double[] slice : slices) {
            double start = 90 - slice[1];
            if (clockwise >= start && clockwise <= start - slice[2]) {
                return Optional.of(new ChartHit((int) slice[0], 0, false));
            }
        }
        return Optional.empty();
    }
}
