package com.deadlinecost.emulator;

/**
 * How many aggregation calls an emulator answered.
 *
 * @param starts StartSessionsStatisticsAggregation calls
 * @param gets GetSessionsStatisticsAggregation calls (one per page, plus polls while in progress)
 */
public record AggregationCallCounts(long starts, long gets) {
}
