package com.deadlinecost.model.row;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One statistics row: a group in a time bucket with its session count and the cost and runtime
 * statistics. Immutable and compact: the group key and the bucket are shared objects (see
 * {@link GroupKeyPool}, {@link BucketPool}); the numbers are primitives; which statistics are present
 * is one byte. About 96 bytes a row with compressed references.
 *
 * <p>Absent statistics are honest: {@link #has(Statistic)} is false, {@link #cost(Statistic)} returns
 * NaN and {@link #costIfPresent(Statistic)} is empty. Never 0.
 *
 * <p>{@link #count()} counts session contributions to this bucket: a session that spans two buckets
 * counts once in each, so a count summed across time buckets can exceed the number of sessions.
 */
public final class CostRow {

    private final GroupKey group;
    private final Bucket bucket;
    private final long count;
    private final byte statisticsMask;
    private final double costMin;
    private final double costMax;
    private final double costAvg;
    private final double costSum;
    private final double runtimeMin;
    private final double runtimeMax;
    private final double runtimeAvg;
    private final double runtimeSum;

    /**
     * A row. Values of statistics not in {@code statistics} are ignored and stored as NaN.
     *
     * @param group the shared group key
     * @param bucket the shared time bucket
     * @param count session contributions to the bucket, not negative
     * @param statistics the statistics the service returned for this row
     * @param cost cost in USD
     * @param runtime runtime in seconds
     */
    public CostRow(GroupKey group, Bucket bucket, long count, Set<Statistic> statistics, StatisticValues cost,
                   StatisticValues runtime) {
        this(group, bucket, count, Statistic.maskOf(statistics), cost, runtime);
    }

    public CostRow(GroupKey group, Bucket bucket, long count, int statisticsMask, StatisticValues cost,
            StatisticValues runtime) {
        this.group = Objects.requireNonNull(group, "group");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        if (count < 0) {
            throw new IllegalArgumentException("A session count cannot be negative: " + count);
        }
        this.count = count;
        this.statisticsMask = (byte) statisticsMask;
        this.costMin = present(statisticsMask, Statistic.MIN, cost.min());
        this.costMax = present(statisticsMask, Statistic.MAX, cost.max());
        this.costAvg = present(statisticsMask, Statistic.AVG, cost.avg());
        this.costSum = present(statisticsMask, Statistic.SUM, cost.sum());
        this.runtimeMin = present(statisticsMask, Statistic.MIN, runtime.min());
        this.runtimeMax = present(statisticsMask, Statistic.MAX, runtime.max());
        this.runtimeAvg = present(statisticsMask, Statistic.AVG, runtime.avg());
        this.runtimeSum = present(statisticsMask, Statistic.SUM, runtime.sum());
    }

    private static double present(int mask, Statistic statistic, double value) {
        return (mask & statistic.bit()) != 0 ? value : Double.NaN;
    }

    /** The shared group key. */
    public GroupKey group() {
        return group;
    }

    /** The value of a grouped field; empty when not grouped by it or absent. */
    public Optional<String> value(GroupField field) {
        return group.value(field);
    }

    /** The shared time bucket. */
    public Bucket bucket() {
        return bucket;
    }

    /** Inclusive start of the time bucket. */
    public Instant bucketStart() {
        return bucket.start();
    }

    /** Exclusive end of the time bucket. */
    public Instant bucketEnd() {
        return bucket.end();
    }

    /** Session contributions to this bucket (a session spanning buckets counts in each). */
    public long count() {
        return count;
    }

    /** Whether the row carries {@code statistic} (for both cost and runtime). */
    public boolean has(Statistic statistic) {
        return (statisticsMask & statistic.bit()) != 0;
    }

    /** The statistics the row carries, as an unmodifiable set. */
    public Set<Statistic> statistics() {
        return Collections.unmodifiableSet(Statistic.setOf(statisticsMask));
    }

    public int statisticsMask() {
        return statisticsMask;
    }

    /** A cost statistic in USD, NaN when absent. */
    public double cost(Statistic statistic) {
        return StatisticValues.select(statistic, costMin, costMax, costAvg, costSum);
    }

    /** A runtime statistic in seconds, NaN when absent. */
    public double runtime(Statistic statistic) {
        return StatisticValues.select(statistic, runtimeMin, runtimeMax, runtimeAvg, runtimeSum);
    }

    /** A cost statistic in USD, empty when absent. */
    public OptionalDouble costIfPresent(Statistic statistic) {
        return has(statistic) ? OptionalDouble.of(cost(statistic)) : OptionalDouble.empty();
    }

    /** A runtime statistic in seconds, empty when absent. */
    public OptionalDouble runtimeIfPresent(Statistic statistic) {
        return has(statistic) ? OptionalDouble.of(runtime(statistic)) : OptionalDouble.empty();
    }

    /**
     * The total cost in USD: the SUM when present, else AVG x count (the service's average is the sum
     * over the count), else NaN.
     */
    public double costTotal() {
        return total(costSum, costAvg);
    }

    /** The total runtime in seconds, derived as {@link #costTotal()} is. */
    public double runtimeTotal() {
        return total(runtimeSum, runtimeAvg);
    }

    private double total(double sum, double avg) {
        if ((statisticsMask & Statistic.SUM.bit()) != 0) {
            return sum;
        }
        return (statisticsMask & Statistic.AVG.bit()) != 0 ? avg * count : Double.NaN;
    }

    /** The cost statistics as a value. */
    public StatisticValues costValues() {
        return new StatisticValues(costMin, costMax, costAvg, costSum);
    }

    /** The runtime statistics as a value. */
    public StatisticValues runtimeValues() {
        return new StatisticValues(runtimeMin, runtimeMax, runtimeAvg, runtimeSum);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CostRow)) {
            return false;
        }
        CostRow that = (CostRow) other;
        return count == that.count && statisticsMask == that.statisticsMask && group.equals(that.group)
            && bucket.equals(that.bucket) && costValues().equals(that.costValues())
            && runtimeValues().equals(that.runtimeValues());
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, bucket, count, statisticsMask, costValues(), runtimeValues());
    }

    @Override
    public String toString() {
        return "CostRow[" + group + ", " + bucket + ", count=" + count + ", statistics=" + statistics()
            + ", cost=" + costValues() + ", runtime=" + runtimeValues() + "]";
    }
}
