package com.deadlinecost.present.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.CostRow;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The numbers of one chart: its series over a continuous time axis (every bucket of the range, quiet ones as
 * zero) in display buckets no finer than the plot can show. When the rows' period has more buckets than
 * {@code maxBuckets}, they fold into the next coarser period (hours into days, days into weeks, weeks into
 * months) and {@link #foldNote()} says so; the rows themselves are untouched.
 *
 * @param series the series, over every display bucket of {@code range} for charts over time
 * @param period the display period (the query's, or coarser when folded)
 * @param dataPeriod the period of the rows
 * @param offset the UTC offset bucket boundaries are local to
 * @param range the range shown: the query's, or a zoomed part of it
 * @param foldNote e.g. "Shown per day: drag across the axis to see hours"; empty when not folded
 */
public record ChartData(SeriesSet series, Period period, Period dataPeriod, UtcOffset offset, TimeRange range,
                        String foldNote) {

    public ChartData {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dataPeriod, "dataPeriod");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(range, "range");
        foldNote = foldNote == null ? "" : foldNote;
    }

    /** What to chart: the rows, their period and offset, and how the chart splits, measures and ranks them. */
    public record Request(ChartKind kind, GroupField dimension, Measure measure, int topN, Period period,
                          UtcOffset offset, TimeRange range) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(offset, "offset");
            Objects.requireNonNull(range, "range");
        }

        /** The same request over another range, e.g. a zoomed part of the query's. */
        public Request over(TimeRange shown) {
            return new Request(kind, dimension, measure, topN, period, offset, shown);
        }
    }

    /**
     * The chart of {@code rows} (those outside the request's range are left out) with at most
     * {@code maxBuckets} display buckets where a coarser period allows it.
     */
    public static ChartData of(Collection<? extends CostRow> rows, Request request, int maxBuckets) {
        return new ChartCells(request, maxBuckets).addAll(rows).data();
    }

    /** The width of the plot on a canvas {@code canvasWidth} wide: the rest holds the axis and the legend. */
    public static double plotWidthOf(double canvasWidth) {
        return Math.max(100, canvasWidth * 0.7);
    }

    /** The most display buckets a plot this wide shows: one per point (pixel column) at most. */
    public static int maxBucketsFor(double plotWidth) {
        return Math.max(12, (int) plotWidth);
    }

    /** The finest period from {@code period} on whose buckets over {@code range} number at most {@code max}. */
    public static Period displayPeriod(Period period, TimeRange range, UtcOffset offset, int max) {
        Period chosen = period;
        // Weeks do not nest in months, so weekly rows are never folded into months.
        while (bucketCount(chosen, range, offset) > max && chosen != Period.MONTHLY && chosen != Period.WEEKLY) {
            chosen = Period.values()[chosen.ordinal() + 1];
        }
        return chosen;
    }

    /** How many buckets of {@code period} the range touches. */
    public static long bucketCount(Period period, TimeRange range, UtcOffset offset) {
        long seconds = range.duration().getSeconds();
        switch (period) {
            case HOURLY:
                return seconds / 3600 + 2;
            case DAILY:
                return seconds / 86_400 + 2;
            case WEEKLY:
                return seconds / (7 * 86_400) + 2;
            default:
                long count = 0;
                for (Instant at = period.floor(range.start(), offset); at.isBefore(range.end());
                        at = period.next(at, offset)) {
                    count++;
                }
                return count;
        }
    }

    static boolean inside(CostRow row, TimeRange range) {
        return row.bucket().end().isAfter(range.start()) && row.bucket().start().isBefore(range.end());
    }

    static String unit(Period period) {
        switch (period) {
            case HOURLY:
                return "hour";
            case DAILY:
                return "day";
            case WEEKLY:
                return "week";
            default:
                return period.label().toLowerCase(Locale.ROOT).replace("ly", "");
        }
    }
}
