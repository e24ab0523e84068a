package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.deadline.model.GetSessionsStatisticsAggregationRequest;
import software.amazon.awssdk.services.deadline.model.Period;
import software.amazon.awssdk.services.deadline.model.SessionsStatisticsResources;
import software.amazon.awssdk.services.deadline.model.StartSessionsStatisticsAggregationRequest;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;
import software.amazon.awssdk.services.deadline.model.UsageStatistic;

/** Builds the SDK requests of an aggregation run from the app's query. */
final class AggregationRequests {

    StartSessionsStatisticsAggregationRequest start(StatisticsQuery query) {
        SessionsStatisticsResources resources = query.resourceKind() == ResourceKind.QUEUE
            ? SessionsStatisticsResources.fromQueueIds(query.resources().ids())
            : SessionsStatisticsResources.fromFleetIds(query.resources().ids());
        return StartSessionsStatisticsAggregationRequest.builder()
            .farmId(query.farmId())
            .resourceIds(resources)
            .startTime(query.range().start())
            .endTime(query.range().end())
            .timezone(query.offset().toApiString())
            .period(Period.fromValue(query.period().name()))
            .groupBy(query.groupBy().stream().map(AggregationRequests::groupBy).collect(Collectors.toList()))
            .statistics(query.statistics().stream().map(AggregationRequests::statistic).collect(Collectors.toList()))
            .build();
    }

    /** A poll or page request; a null token asks for the status and the first page. */
    GetSessionsStatisticsAggregationRequest page(String farmId, String aggregationId, String nextToken) {
        return GetSessionsStatisticsAggregationRequest.builder()
            .farmId(farmId)
            .aggregationId(aggregationId)
            .maxResults(AggregationRunner.PAGE_SIZE)
            .nextToken(nextToken)
            .build();
    }

    private static UsageGroupByField groupBy(GroupField field) {
        return UsageGroupByField.fromValue(field.name());
    }

    private static UsageStatistic statistic(Statistic statistic) {
        return UsageStatistic.fromValue(statistic.name());
    }
}
