package com.deadlinecost.emulator;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.GetSessionsStatisticsAggregationResponse;
import software.amazon.awssdk.services.deadline.model.Period;
import software.amazon.awssdk.services.deadline.model.SessionsStatisticsAggregationStatus;
import software.amazon.awssdk.services.deadline.model.StartSessionsStatisticsAggregationRequest;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;
import software.amazon.awssdk.services.deadline.model.UsageStatistic;

/** Start-and-read helpers over the SDK client, for tests whose emulator has no in-progress time. */
final class AggregationCalls {
    private AggregationCalls() {
    }

    static StartSessionsStatisticsAggregationRequest.Builder queues(String farmId, List<String> queueIds,
        Instant start, Instant end) {
        return StartSessionsStatisticsAggregationRequest.builder()
            .farmId(farmId)
            .resourceIds(ids -> ids.queueIds(queueIds))
            .startTime(start)
            .endTime(end)
            .timezone("UTC+00:00")
            .period(Period.DAILY)
            .groupBy(UsageGroupByField.QUEUE_ID)
            .statistics(UsageStatistic.SUM, UsageStatistic.MIN, UsageStatistic.MAX, UsageStatistic.AVG);
    }

    static String start(DeadlineClient deadline, StartSessionsStatisticsAggregationRequest request) {
        return deadline.startSessionsStatisticsAggregation(request).aggregationId();
    }

    /** All rows through the SDK's paginator, asserting the aggregation completed. */
    static List<Statistics> rows(DeadlineClient deadline, String farmId, String aggregationId, int pageSize) {
        List<GetSessionsStatisticsAggregationResponse> pages = deadline.getSessionsStatisticsAggregationPaginator(
            request -> request.farmId(farmId).aggregationId(aggregationId).maxResults(pageSize))
            .stream().collect(Collectors.toList());
        pages.forEach(page -> {
            if (page.status() != SessionsStatisticsAggregationStatus.COMPLETED) {
                throw new AssertionError("aggregation ended " + page.status() + ": " + page.statusMessage());
            }
        });
        return pages.stream().flatMap(page -> page.statistics().stream()).collect(Collectors.toList());
    }

    static List<Statistics> run(DeadlineClient deadline, StartSessionsStatisticsAggregationRequest request) {
        return rows(deadline, request.farmId(), start(deadline, request), 100);
    }

    static double costSum(List<Statistics> rows) {
        return rows.stream().mapToDouble(row -> row.costInUsd().sum()).sum();
    }

    static double runtimeSum(List<Statistics> rows) {
        return rows.stream().mapToDouble(row -> row.runtimeInSeconds().sum()).sum();
    }

    static long count(List<Statistics> rows) {
        return rows.stream().mapToLong(Statistics::count).sum();
    }
}
