package com.deadlinecost.emulator.aggregation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of an aggregation: a group (the grouped-by members that have a value) in one time bucket.
 *
 * @param groupValues the grouped-by members; a member with no value for this group (an instance type of a licence
 *     session) is left out
 * @param jobName set when grouped by {@link GroupField#JOB_ID}, otherwise null
 * @param costUnits cost in milliseconds x rate units; see {@link SessionTable#COST_UNITS_PER_USD}
 * @param runtimeMillis run time in milliseconds
 */
public record StatisticsRow(
    Instant aggregationStartTime,
    Instant aggregationEndTime,
    Map<GroupField, String> groupValues,
    String jobName,
    long count,
    ExactStats costUnits,
    ExactStats runtimeMillis) {

    public StatisticsRow {
        groupValues = groupValues.isEmpty() ? Map.of() : new EnumMap<>(groupValues);
    }

    public String groupValue(GroupField field) {
        return groupValues.get(field);
    }

    public double costInUsd(Statistic statistic) {
        return value(costUnits, statistic) / SessionTable.COST_UNITS_PER_USD;
    }

    public double runtimeInSeconds(Statistic statistic) {
        return value(runtimeMillis, statistic) / 1000.0;
    }

    private double value(ExactStats stats, Statistic statistic) {
        switch (statistic) {
            case SUM:
                return stats.sum();
            case MIN:
                return stats.min();
            case MAX:
                return stats.max();
            case AVG:
                return stats.sum() / (double) count;
            default:
                throw new IllegalArgumentException("Unknown statistic " + statistic);
        }
    }
}
