package com.deadlinecost.bench;

import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.GetSessionsStatisticsAggregationResponse;
import software.amazon.awssdk.services.deadline.model.SessionsStatisticsAggregationStatus;
import software.amazon.awssdk.services.deadline.model.Statistics;

/**
 * The ingest baseline: the least a program can do to read the aggregation through the SDK, a bare loop over
 * {@code getSessionsStatisticsAggregationPaginator} with the app's page size, touching each row once.
 */
final class PaginatorLoop {
    /** The app's page size (AggregationRunner.PAGE_SIZE). */
    static final int PAGE_SIZE = 100;

    private final DeadlineClient client;
    private final StatisticsQuery query;

    PaginatorLoop(DeadlineClient client, StatisticsQuery query) {
        this.client = client;
        this.query = query;
    }

    /** Starts the aggregation and reads every row; returns the row count. */
    long run() {
        long[] rows = new long[1];
        double[] cost = new double[1];
        read(item -> {
            rows[0]++;
            cost[0] += item.costInUsd().sum();
        });
        if (!(cost[0] > 0)) {
            throw new IllegalStateException("no cost read");
        }
        return rows[0];
    }

    /** Starts the aggregation and hands every SDK row to {@code sink}. */
    void read(Consumer<Statistics> sink) {
        String aggregationId = client.startSessionsStatisticsAggregation(start -> start
            .farmId(query.farmId())
            .resourceIds(ids -> ids.queueIds(query.resources().ids()))
            .startTime(query.range().start())
            .endTime(query.range().end())
            .timezone(query.offset().toApiString())
            .period(query.period().name())
            .groupByWithStrings(query.groupBy().stream().map(Enum::name).collect(Collectors.toList()))
            .statisticsWithStrings(statistics())).aggregationId();
        for (GetSessionsStatisticsAggregationResponse page : client.getSessionsStatisticsAggregationPaginator(
                request -> request.farmId(query.farmId()).aggregationId(aggregationId).maxResults(PAGE_SIZE))) {
            if (page.status() != SessionsStatisticsAggregationStatus.COMPLETED) {
                throw new IllegalStateException("aggregation " + page.statusAsString() + "; run the emulator with "
                    + "inProgress 0");
            }
            page.statistics().forEach(sink);
        }
    }

    private List<String> statistics() {
        return query.statistics().stream().map(Statistic::name).collect(Collectors.toList());
    }
}
