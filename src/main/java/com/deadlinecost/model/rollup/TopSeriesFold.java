package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Turns statistics rows into chart series: one per group of a dimension, per time bucket, ranked by
 * a measure over the whole range; the top N are kept and the rest fold into one "Other" series.
 * "Other" is measured from the folded groups' combined totals (so its average cost is its total cost
 * over its total count). Counts are session contributions per bucket, as in {@link Rollup}.
 *
 * <p>A group with no rows in a bucket measures 0 there (NaN for the average cost). Immutable;
 * {@link #fold} is safe to call from several threads.
 */
public final class TopSeriesFold {

    private final GroupField dimension;
    private final Measure measure;
    private final int topN;
    private final TimeBucketing timing;

    /**
     * A fold.
     *
     * @param dimension the group field to split series by
     * @param measure what to plot and rank by
     * @param topN how many groups keep their own series, at least 1
     * @param timing the time buckets of the chart ({@link TimeBucketing#wholeRange()} for ranked bars)
     */
    public TopSeriesFold(GroupField dimension, Measure measure, int topN, TimeBucketing timing) {
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.timing = Objects.requireNonNull(timing, "timing");
        if (topN < 1) {
            throw new IllegalArgumentException("Show at least one group; got top " + topN);
        }
        this.topN = topN;
    }

    /** The series of {@code rows}. */
    public SeriesSet fold(Collection<? extends CostRow> rows) {
        Cells cells = cells();
        cells.addAll(rows);
        return cells.fold();
    }

    /** Empty cells to add rows to as they arrive, folded by this fold whenever asked. */
    public Cells cells() {
        return new Cells(new CellTable(EnumSet.of(dimension), timing, 1024));
    }

    /**
     * The (group, bucket) cells of the rows added so far: adding a batch costs the batch (counts and sums add, min
     * and max combine); {@link #fold()} ranks the groups and builds the series from the cells, in time proportional
     * to the cells, not to the rows. Not thread-safe.
     */
    public final class Cells {
        private final CellTable table;

        private Cells(CellTable table) {
            this.table = table;
        }

        /** Adds {@code rows} to the cells. */
        public void addAll(Iterable<? extends CostRow> rows) {
            table.addAll(rows);
        }

        /** The series of the rows added so far. */
        public SeriesSet fold() {
            return foldCells(table);
        }
    }

    private SeriesSet foldCells(CellTable cells) {
        int[] bucketPosition = new int[cells.slotCount()];
        List<Bucket> buckets = bucketsInTimeOrder(cells, bucketPosition);
        int groupCount = cells.groupCount();
        Integer[] ranking = rank(cells);
        int seriesCount = Math.min(groupCount, topN) + (groupCount > topN ? 1 : 0);
        int[] seriesOfGroup = new int[groupCount];
        for (int rank = 0; rank < groupCount; rank++) {
            seriesOfGroup[ranking[rank]] = Math.min(rank, topN);
        }
        Totals perSeriesBucket = new Totals(seriesCount * buckets.size());
        Totals perSeries = new Totals(seriesCount);
        for (int cell = 0; cell < cells.size(); cell++) {
            int series = seriesOfGroup[cells.group(cell)];
            perSeriesBucket.add(series * buckets.size() + bucketPosition[cells.slot(cell)], cells, cell);
            perSeries.add(series, cells, cell);
        }
        List<Series> series = new ArrayList<>(seriesCount);
        for (int index = 0; index < seriesCount; index++) {
            boolean other = index == topN;
            String value = other ? null : cells.groupKey(ranking[index]).valueOrNull(dimension);
            double[] values = new double[buckets.size()];
            for (int bucket = 0; bucket < values.length; bucket++) {
                values[bucket] = perSeriesBucket.measure(index * values.length + bucket);
            }
            series.add(new Series(value, other, perSeries.measure(index), values));
        }
        return new SeriesSet(dimension, measure, buckets, series);
    }

    private static List<Bucket> bucketsInTimeOrder(CellTable cells, int[] positionOfSlot) {
        Integer[] slots = new Integer[cells.slotCount()];
        Bucket[] bucketOfSlot = new Bucket[slots.length];
        for (int slot = 0; slot < slots.length; slot++) {
            slots[slot] = slot;
            bucketOfSlot[slot] = cells.slotBucket(slot);
        }
        Arrays.sort(slots, Comparator.comparing(slot -> bucketOfSlot[slot]));
        List<Bucket> ordered = new ArrayList<>(slots.length);
        for (int position = 0; position < slots.length; position++) {
            positionOfSlot[slots[position]] = position;
            ordered.add(bucketOfSlot[slots[position]]);
        }
        return ordered;
    }

    /** Group indices by descending measure over the whole range; NaN last; ties by key for a stable order. */
    private Integer[] rank(CellTable cells) {
        Totals perGroup = new Totals(cells.groupCount());
        for (int cell = 0; cell < cells.size(); cell++) {
            perGroup.add(cells.group(cell), cells, cell);
        }
        double[] score = new double[cells.groupCount()];
        Integer[] groups = new Integer[score.length];
        for (int group = 0; group < score.length; group++) {
            groups[group] = group;
            double value = perGroup.measure(group);
            score[group] = Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
        }
        Comparator<Integer> byScore = Comparator.comparingDouble(group -> -score[group]);
        Arrays.sort(groups, byScore.thenComparing(cells::groupKey));
        return groups;
    }

    /** Count and totals per index, the inputs of a {@link Measure}. */
    private final class Totals {
        private final long[] count;
        private final double[] cost;
        private final double[] runtime;

        Totals(int size) {
            count = new long[size];
            cost = new double[size];
            runtime = new double[size];
        }

        void add(int index, CellTable cells, int cell) {
            count[index] += cells.count(cell);
            cost[index] += cells.costTotal(cell);
            runtime[index] += cells.runtimeTotal(cell);
        }

        double measure(int index) {
            return measure.of(count[index], cost[index], runtime[index]);
        }
    }
}
