package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeUnits;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of the rows shown: estimated cost, runtime, sessions and the group that cost most. A total is
 * NaN when no row carries it (the query asked only for min or max), so it shows as absent rather than 0.
 *
 * @param rowCount rows shown
 * @param sessionCount session contributions (a session spanning buckets counts once per bucket)
 * @param costTotal estimated cost in USD, NaN when absent
 * @param runtimeTotal runtime in seconds, NaN when absent
 * @param topField the field the top group is a value of, null when nothing is grouped or shown
 * @param topValue the top group's value (an id), null for absent
 * @param topCost the top group's estimated cost in USD, NaN when there is none
 */
public record ResultsSummary(long rowCount, long sessionCount, double costTotal, double runtimeTotal,
                             GroupField topField, String topValue, double topCost) {

    /** The summary of nothing. */
    public static final ResultsSummary EMPTY = new ResultsSummary(0, 0, Double.NaN, Double.NaN, null, null,
        Double.NaN);

    /** Sums {@code rows}; the top group is the value of {@code topField} with the highest total cost. */
    public static ResultsSummary of(List<? extends CostRow> rows, GroupField topField) {
        return new Totals(topField).addAll(rows).summary();
    }

    /**
     * Running totals of rows added batch by batch: counts and sums only add, so a streamed result costs the batch
     * per page; only the choice of the top group looks at every group, when {@link #summary()} is asked for.
     */
    public static final class Totals {
        private final GroupField topField;
        private final Map<String, double[]> costByGroup = new HashMap<>();
        private long rows;
        private long sessions;
        private double cost;
        private double runtime;
        private boolean anyCost;
        private boolean anyRuntime;

        /** No rows yet; the top group will be a value of {@code topField} (null: none). */
        public Totals(GroupField topField) {
            this.topField = topField;
        }

        /** Adds {@code batch}; returns this. */
        public Totals addAll(Collection<? extends CostRow> batch) {
            rows += batch.size();
            for (CostRow row : batch) {
                sessions += row.count();
                double rowCost = row.costTotal();
                if (!Double.isNaN(rowCost)) {
                    cost += rowCost;
                    anyCost = true;
                    if (topField != null) {
                        costByGroup.computeIfAbsent(row.value(topField).orElse(null), key -> new double[1])[0]
                            += rowCost;
                    }
                }
                double rowRuntime = row.runtimeTotal();
                if (!Double.isNaN(rowRuntime)) {
                    runtime += rowRuntime;
                    anyRuntime = true;
                }
            }
            return this;
        }

        /** The summary of the rows added so far. */
        public ResultsSummary summary() {
            String topValue = null;
            double topCost = Double.NaN;
            for (Map.Entry<String, double[]> group : costByGroup.entrySet()) {
                if (Double.isNaN(topCost) || group.getValue()[0] > topCost) {
                    topValue = group.getKey();
                    topCost = group.getValue()[0];
                }
            }
            return new ResultsSummary(rows, sessions, anyCost ? cost : Double.NaN, anyRuntime ? runtime : Double.NaN,
                Double.isNaN(topCost) ? null : topField, topValue, topCost);
        }
    }

    /** Estimated cost per hour of runtime, NaN when either is absent or there is no runtime. */
    public double costPerRuntimeHour() {
        if (Double.isNaN(costTotal) || Double.isNaN(runtimeTotal) || runtimeTotal <= 0) {
            return Double.NaN;
        }
        return costTotal / (runtimeTotal / TimeUnits.SECONDS_PER_HOUR);
    }

    /** The share of the shown cost that {@code cost} is, NaN when the total is absent or zero. */
    public double shareOfCost(double cost) {
        if (Double.isNaN(costTotal) || costTotal == 0) {
            return Double.NaN;
        }
        return cost / costTotal;
    }

    /** Whether a top group is known. */
    public boolean hasTopGroup() {
        return topField != null;
    }

    /** The top group's name, e.g. "Lighting", or an empty string when there is none. */
    /**
     * What the summed session count honestly is: the service counts a session once in every bucket it runs in, so
     * over a daily query the total is of session-days (and grows with a finer period), not of distinct sessions.
     */
    public static String sessionsCaption(Period period) {
        return period == null ? "Sessions" : "Session-" + period.unit() + "s";
    }

    /** The tooltip that says why the count is of session-periods. */
    public static String sessionsExplanation(Period period) {
        String unit = period == null ? "bucket" : period.unit();
        return "Each session counts once for every " + unit + " it ran in, as the service counts them: a session "
            + "running across three " + unit + "s counts three times. The service cannot count distinct sessions.";
    }

    public String topGroupName(DisplayNames names) {
        return topField == null ? "" : names.name(topField, topValue);
    }
}
