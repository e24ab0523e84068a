package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The results as a cost analyst reads them: one line per group (or pair of groups) with its totals over the range,
 * its share of the cost, and the measure in every bucket of the range (quiet buckets as zero), largest cost first.
 * Computed once per change of the rows; the table shows one column per bucket when there are at most
 * {@link #MAX_BUCKET_COLUMNS}, and a sparkline of at most {@link #SPARK_POINTS} points always.
 */
public final class GroupTable {
    /** Up to this many buckets (two months of days) the table has a column per bucket, as Cost Explorer's. */
    public static final int MAX_BUCKET_COLUMNS = 62;
    /** A sparkline folds the buckets into at most this many points. */
    public static final int SPARK_POINTS = 60;

    private final List<Instant> bucketStarts;
    private final List<Line> lines;
    private final double costTotal;

    /**
     * One group's line.
     *
     * @param key the group (its fields as the query grouped them)
     * @param cost total estimated cost in USD, NaN when the query returned no cost total
     * @param runtime total runtime in seconds, NaN when absent
     * @param sessions session-periods (a session counts once in every bucket it ran in)
     * @param byBucket the measure in each bucket of the range, in order (zero for a quiet bucket); past
     *     {@link #MAX_BUCKET_COLUMNS} buckets, in each of {@link #SPARK_POINTS} runs of whole buckets
     */
    public record Line(GroupKey key, double cost, double runtime, long sessions, double[] byBucket) {
        /** Estimated cost per hour of runtime, NaN without runtime. */
        public double costPerRuntimeHour() {
            return Double.isNaN(cost) || Double.isNaN(runtime) || runtime <= 0 ? Double.NaN : cost / (runtime / 3600);
        }

        /** The measure over the range folded to at most {@code points} values (sums of whole buckets). */
        public double[] spark(int points) {
            if (byBucket.length <= points) {
                return byBucket.clone();
            }
            double[] folded = new double[points];
            for (int bucket = 0; bucket < byBucket.length; bucket++) {
                folded[(int) ((long) bucket * points / byBucket.length)] += byBucket[bucket];
            }
            return folded;
        }
    }

    private GroupTable(List<Instant> bucketStarts, List<Line> lines, double costTotal) {
        this.bucketStarts = bucketStarts;
        this.lines = lines;
        this.costTotal = costTotal;
    }

    /** No lines. */
    public static GroupTable empty() {
        return new GroupTable(List.of(), List.of(), Double.NaN);
    }

    /** The lines of {@code rows} of {@code query}, measuring each bucket by {@code measure}. */
    public static GroupTable of(Iterable<? extends CostRow> rows, StatisticsQuery query, Measure measure) {
        return new GroupTotals(query).addAll(rows).table(measure);
    }

    /** A table of {@code lines} (in any order), ranked largest cost first. */
    static GroupTable ranked(List<Instant> bucketStarts, List<Line> lines, double costTotal) {
        List<Line> ranked = new ArrayList<>(lines);
        ranked.sort(Comparator.comparingDouble((Line line) -> Double.isNaN(line.cost()) ? -1 : line.cost())
            .reversed().thenComparing(Line::key));
        return new GroupTable(bucketStarts, Collections.unmodifiableList(ranked), costTotal);
    }

    /** The lines, largest cost first. */
    public List<Line> lines() {
        return lines;
    }

    /** The start of every bucket of the range, quiet ones included. */
    public List<Instant> bucketStarts() {
        return bucketStarts;
    }

    /** Whether the range is short enough for a column per bucket. */
    public boolean hasBucketColumns() {
        return !bucketStarts.isEmpty() && bucketStarts.size() <= MAX_BUCKET_COLUMNS;
    }

    /** The cost of all lines, NaN when no line has a cost. */
    public double costTotal() {
        return costTotal;
    }

    /** A line's share of {@link #costTotal()}, NaN when there is none. */
    public double shareOf(Line line) {
        return Double.isNaN(costTotal) || costTotal <= 0 || Double.isNaN(line.cost()) ? Double.NaN
            : line.cost() / costTotal;
    }
}
