package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import java.util.Arrays;
import java.util.Set;

/**
 * The engine behind {@link Rollup} and {@link TopSeriesFold}: accumulates rows into cells of
 * (projected group, output time bucket) in parallel primitive arrays, so a million rows regroup
 * without an object or a boxed number per row.
 *
 * <p>Per cell: count and totals add (a total is the SUM, or AVG x count when only AVG is present),
 * min of mins, max of maxes, and the statistics present in every contributing row (AND of masks).
 */
final class CellTable {

    private final GroupIndex groups;
    private final SlotIndex slots;
    private final LongIntHashMap cellByGroupAndSlot;
    private int size;
    private int[] group;
    private int[] slot;
    private int[] mask;
    private long[] count;
    private double[] costMin;
    private double[] costMax;
    private double[] costTotal;
    private double[] runtimeMin;
    private double[] runtimeMax;
    private double[] runtimeTotal;

    CellTable(Set<GroupField> keep, TimeBucketing timing, int expectedCells) {
        this.groups = new GroupIndex(keep);
        this.slots = new SlotIndex(timing);
        int capacity = Math.max(16, expectedCells);
        this.cellByGroupAndSlot = new LongIntHashMap(capacity);
        this.group = new int[capacity];
        this.slot = new int[capacity];
        this.mask = new int[capacity];
        this.count = new long[capacity];
        this.costMin = new double[capacity];
        this.costMax = new double[capacity];
        this.costTotal = new double[capacity];
        this.runtimeMin = new double[capacity];
        this.runtimeMax = new double[capacity];
        this.runtimeTotal = new double[capacity];
    }

    void addAll(Iterable<? extends CostRow> rows) {
        for (CostRow row : rows) {
            add(row);
        }
    }

    void add(CostRow row) {
        int groupIndex = groups.indexOf(row.group());
        int slotIndex = slots.indexOf(row.bucket());
        long key = ((long) groupIndex << 32) | slotIndex;
        int cell = cellByGroupAndSlot.get(key);
        if (cell < 0) {
            cell = newCell(groupIndex, slotIndex);
            cellByGroupAndSlot.put(key, cell);
        }
        mask[cell] &= row.statisticsMask();
        count[cell] += row.count();
        costMin[cell] = Math.min(costMin[cell], row.cost(Statistic.MIN));
        costMax[cell] = Math.max(costMax[cell], row.cost(Statistic.MAX));
        costTotal[cell] += row.costTotal();
        runtimeMin[cell] = Math.min(runtimeMin[cell], row.runtime(Statistic.MIN));
        runtimeMax[cell] = Math.max(runtimeMax[cell], row.runtime(Statistic.MAX));
        runtimeTotal[cell] += row.runtimeTotal();
    }

    private int newCell(int groupIndex, int slotIndex) {
        if (size == group.length) {
            grow(size * 2);
        }
        int cell = size++;
        group[cell] = groupIndex;
        slot[cell] = slotIndex;
        mask[cell] = Statistic.ALL_MASK;
        costMin[cell] = Double.POSITIVE_INFINITY;
        costMax[cell] = Double.NEGATIVE_INFINITY;
        runtimeMin[cell] = Double.POSITIVE_INFINITY;
        runtimeMax[cell] = Double.NEGATIVE_INFINITY;
        return cell;
    }

    private void grow(int capacity) {
        group = Arrays.copyOf(group, capacity);
        slot = Arrays.copyOf(slot, capacity);
        mask = Arrays.copyOf(mask, capacity);
        count = Arrays.copyOf(count, capacity);
        costMin = Arrays.copyOf(costMin, capacity);
        costMax = Arrays.copyOf(costMax, capacity);
        costTotal = Arrays.copyOf(costTotal, capacity);
        runtimeMin = Arrays.copyOf(runtimeMin, capacity);
        runtimeMax = Arrays.copyOf(runtimeMax, capacity);
        runtimeTotal = Arrays.copyOf(runtimeTotal, capacity);
    }

    int size() {
        return size;
    }

    int groupCount() {
        return groups.size();
    }

    GroupKey groupKey(int groupIndex) {
        return groups.group(groupIndex);
    }

    int slotCount() {
        return slots.size();
    }

    Bucket slotBucket(int slotIndex) {
        return slots.bucket(slotIndex);
    }

    int group(int cell) {
        return group[cell];
    }

    int slot(int cell) {
        return slot[cell];
    }

    long count(int cell) {
        return count[cell];
    }

    double costTotal(int cell) {
        return costTotal[cell];
    }

    double runtimeTotal(int cell) {
        return runtimeTotal[cell];
    }

    /** The cell as a row in {@code bucket}, carrying only the statistics every contributing row carried. */
    CostRow toRow(int cell, GroupKey key, Bucket bucket) {
        long cellCount = count[cell];
        StatisticValues cost = new StatisticValues(costMin[cell], costMax[cell], costTotal[cell] / cellCount,
            costTotal[cell]);
        StatisticValues runtime = new StatisticValues(runtimeMin[cell], runtimeMax[cell],
            runtimeTotal[cell] / cellCount, runtimeTotal[cell]);
        return new CostRow(key, bucket, cellCount, mask[cell], cost, runtime);
    }
}
