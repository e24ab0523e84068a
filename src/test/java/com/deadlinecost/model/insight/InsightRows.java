package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

/** Rows for the insight tests: a queue's day with a cost and a runtime. */
final class InsightRows {
    private InsightRows() {
    }

    static GroupKey queue(String id) {
        return GroupKey.of(GroupField.QUEUE_ID, id);
    }

    static CostRow day(String queue, Instant start, double cost, double runtimeSeconds) {
        return new CostRow(queue(queue), Bucket.of(start, start.plus(Duration.ofDays(1))), 1,
            EnumSet.of(Statistic.SUM), new StatisticValues(Double.NaN, Double.NaN, Double.NaN, cost),
            new StatisticValues(Double.NaN, Double.NaN, Double.NaN, runtimeSeconds));
    }

    static CostRow job(String queue, String job, Instant start, Instant end, double cost, double runtime,
                       double longest) {
        return new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue, GroupField.JOB_ID, job), Bucket.of(start, end), 1,
            EnumSet.of(Statistic.SUM, Statistic.MAX), new StatisticValues(Double.NaN, cost, Double.NaN, cost),
            new StatisticValues(Double.NaN, longest, Double.NaN, runtime));
    }
}
