package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running sums behind a {@link GroupTable}: per group its count, cost and runtime over the range and per
 * bucket. Rows are added as they arrive (sums only add), so a streamed result costs the batch per page; the table
 * itself, which ranks the groups, is built from the sums ({@link #table}), in time proportional to the groups.
 * Not thread-safe.
 */
public final class GroupTotals {
    private final StatisticsQuery query;
    private final List<Instant> bucketStarts;
    private final Map<Instant, Integer> bucketIndex = new HashMap<>();
    private final Map<GroupKey, Sums> groups = new LinkedHashMap<>();
    /** Per line, the values kept: every bucket, or past the bucket columns only the sparkline's runs of buckets. */
    private final int slots;

    /** No rows yet, of {@code query} (its range and period give the buckets). */
    public GroupTotals(StatisticsQuery query) {
        this.query = query;
        this.bucketStarts = bucketStarts(query);
        for (int index = 0; index < bucketStarts.size(); index++) {
            bucketIndex.put(bucketStarts.get(index), index);
        }
        // Past the bucket columns only the sparkline shows the buckets: each line keeps SPARK_POINTS runs of whole
        // buckets, not every bucket. Three months hourly by job are 2,208 buckets of 100,000 jobs: per bucket,
        // the lines alone would take gigabytes.
        int buckets = bucketStarts.size();
        slots = buckets <= GroupTable.MAX_BUCKET_COLUMNS ? buckets : Math.min(buckets, GroupTable.SPARK_POINTS);
    }

    /** Adds {@code rows} to the sums; returns this. */
    public GroupTotals addAll(Iterable<? extends CostRow> rows) {
        for (CostRow row : rows) {
            Sums sums = groups.computeIfAbsent(row.group(), key -> new Sums(slots));
            int bucket = bucketIndex.getOrDefault(query.period().floor(row.bucketStart(), query.offset()), -1);
            sums.add(row, bucket < 0 ? -1 : (int) ((long) bucket * slots / bucketStarts.size()));
        }
        return this;
    }

    /** The table of the rows added so far, measuring each bucket by {@code measure}. */
    public GroupTable table(Measure measure) {
        List<GroupTable.Line> lines = new ArrayList<>(groups.size());
        double total = Double.NaN;
        for (Map.Entry<GroupKey, Sums> group : groups.entrySet()) {
            Sums sums = group.getValue();
            double[] measured = new double[slots];
            for (int slot = 0; slot < measured.length; slot++) {
                double value = measure.of(sums.bucketCount[slot], sums.bucketCost[slot], sums.bucketRuntime[slot]);
                measured[slot] = Double.isNaN(value) ? 0 : value;
            }
            double cost = sums.anyCost ? sums.cost : Double.NaN;
            lines.add(new GroupTable.Line(group.getKey(), cost, sums.anyRuntime ? sums.runtime : Double.NaN,
                sums.count, measured));
            if (sums.anyCost) {
                total = Double.isNaN(total) ? cost : total + cost;
            }
        }
        return GroupTable.ranked(bucketStarts, lines, total);
    }

    private static List<Instant> bucketStarts(StatisticsQuery query) {
        List<Instant> starts = new ArrayList<>();
        Instant start = query.period().floor(query.range().start(), query.offset());
        while (start.isBefore(query.range().end())) {
            starts.add(start);
            start = query.period().next(start, query.offset());
        }
        return List.copyOf(starts);
    }

    /** Running sums of one group. */
    private static final class Sums {
        final double[] bucketCost;
        final double[] bucketRuntime;
        final long[] bucketCount;
        double cost;
        double runtime;
        long count;
        boolean anyCost;
        boolean anyRuntime;

        Sums(int buckets) {
            bucketCost = new double[buckets];
            bucketRuntime = new double[buckets];
            bucketCount = new long[buckets];
        }

        void add(CostRow row, int bucket) {
            count += row.count();
            double rowCost = row.costTotal();
            double rowRuntime = row.runtimeTotal();
            if (!Double.isNaN(rowCost)) {
                cost += rowCost;
                anyCost = true;
            }
            if (!Double.isNaN(rowRuntime)) {
                runtime += rowRuntime;
                anyRuntime = true;
            }
            if (bucket >= 0) {
                bucketCount[bucket] += row.count();
                bucketCost[bucket] += Double.isNaN(rowCost) ? 0 : rowCost;
                bucketRuntime[bucket] += Double.isNaN(rowRuntime) ? 0 : rowRuntime;
            }
        }
    }
}
