package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Combines statistics rows into coarser ones: across a dimension (per (queue, user) to per queue),
 * across time (daily buckets to weekly, or one bucket for the whole range), or both (totals).
 *
 * <p>The statistics combine as the service would have computed them from the sessions: count and sum
 * add, min is the min of the mins, max the max of the maxes, and avg is the total sum over the total
 * count, weighted by count (sum of avg x count over sum of count when only AVG is present), never an
 * average of averages. A statistic absent from any combined row is absent from the result.
 *
 * <p>Counts are session contributions per bucket: folding time buckets adds them, so a session that
 * spans several buckets is counted once per bucket it contributed to.
 *
 * <p>Immutable and reusable; {@link #apply} is safe to call from several threads.
 */
public final class Rollup {

    private static final Comparator<CostRow> GROUP_THEN_TIME =
        Comparator.comparing(CostRow::group).thenComparing(CostRow::bucket);

    private final Set<GroupField> keep;
    private final TimeBucketing timing;

    private Rollup(Set<GroupField> keep, TimeBucketing timing) {
        this.keep = keep;
        this.timing = timing;
    }

    /** Keep only these group fields (none: one group), with the rows' buckets unchanged. */
    public static Rollup keeping(Collection<GroupField> fields) {
        Set<GroupField> keep = EnumSet.noneOf(GroupField.class);
        keep.addAll(fields);
        return new Rollup(Collections.unmodifiableSet(keep), TimeBucketing.keepBuckets());
    }

    /** Keep only these group fields, with the rows' buckets unchanged. */
    public static Rollup keeping(GroupField... fields) {
        return keeping(List.of(fields));
    }

    /** Keep every group field (to fold only time, with {@link #over}). */
    public static Rollup keepingAllFields() {
        return keeping(EnumSet.allOf(GroupField.class));
    }

    /** One row per bucket over all groups. */
    public static Rollup totalsPerBucket() {
        return keeping(List.of());
    }

    /** One row over every group and the whole time range. */
    public static Rollup grandTotal() {
        return totalsPerBucket().over(TimeBucketing.wholeRange());
    }

    /** The same regrouping with time folded as {@code bucketing} says. */
    public Rollup over(TimeBucketing bucketing) {
        return new Rollup(keep, Objects.requireNonNull(bucketing, "bucketing"));
    }

    /** The group fields kept. */
    public Set<GroupField> keptFields() {
        return keep;
    }

    /** How time is folded. */
    public TimeBucketing timing() {
        return timing;
    }

    /**
     * The combined rows, ordered by group then bucket. Empty input gives an empty list.
     *
     * @throws IllegalArgumentException when a row's bucket does not fit in one output bucket
     */
    public List<CostRow> apply(Collection<? extends CostRow> rows) {
        CellTable cells = new CellTable(keep, timing, 64);
        cells.addAll(rows);
        Bucket[] buckets = new Bucket[cells.slotCount()];
        for (int slot = 0; slot < buckets.length; slot++) {
            buckets[slot] = cells.slotBucket(slot);
        }
        List<CostRow> result = new ArrayList<>(cells.size());
        for (int cell = 0; cell < cells.size(); cell++) {
            result.add(cells.toRow(cell, cells.groupKey(cells.group(cell)), buckets[cells.slot(cell)]));
        }
        result.sort(GROUP_THEN_TIME);
        return Collections.unmodifiableList(result);
    }

    @Override
    public String toString() {
        return "Rollup[keep=" + keep + ", " + timing + "]";
    }
}
