package com.deadlinecost.model.insight;

import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cost by group and bucket start, with the total of each bucket over all groups: the shape the anomaly and
 * projection methods read. A group without a row in a bucket cost nothing there.
 */
public final class CostGrid {
    private final Map<GroupKey, Map<Instant, Double>> costs = new TreeMap<>();
    private final Map<Instant, Double> totals = new HashMap<>();
    private final Map<Instant, Instant> ends = new HashMap<>();
    private Instant firstSpend;

    /** The grid of {@code rows}; rows of the same group and bucket add up. */
    public static CostGrid of(Collection<CostRow> rows) {
        CostGrid grid = new CostGrid();
        for (CostRow row : rows) {
            double cost = row.costTotal();
            if (Double.isNaN(cost)) {
                throw new IllegalArgumentException("Finding anomalies needs the sum or average statistic of cost");
            }
            grid.add(row.group(), row.bucketStart(), row.bucketEnd(), cost);
        }
        return grid;
    }

    /** Adds cost to a group's bucket. */
    public void add(GroupKey group, Instant start, Instant end, double cost) {
        costs.computeIfAbsent(group, key -> new HashMap<>()).merge(start, cost, Double::sum);
        totals.merge(start, cost, Double::sum);
        ends.putIfAbsent(start, end);
        if (cost > 0 && (firstSpend == null || start.isBefore(firstSpend))) {
            firstSpend = start;
        }
    }

    /** Every group, in key order. */
    public Set<GroupKey> groups() {
        return Collections.unmodifiableSet(costs.keySet());
    }

    /** The group's cost in the bucket starting at {@code start}; 0 without a row. */
    public double cost(GroupKey group, Instant start) {
        Map<Instant, Double> series = costs.get(group);
        return series == null ? 0 : series.getOrDefault(start, 0.0);
    }

    /** The total over all groups of the bucket starting at {@code start}. */
    public double total(Instant start) {
        return totals.getOrDefault(start, 0.0);
    }

    /** The end of the bucket starting at {@code start}, if a row had it. */
    public Instant end(Instant start) {
        return ends.get(start);
    }

    /** The start of the first bucket with any cost, null when nothing cost anything. */
    public Instant firstSpend() {
        return firstSpend;
    }

    /** The bucket starts of rows, in order. */
    public Set<Instant> starts() {
        return Collections.unmodifiableSet(new TreeSet<>(totals.keySet()));
    }
}
