package com.deadlinecost.service.history;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.service.connection.ConnectionTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Generated rows and queries for the history's tests. */
final class HistoryFixtures {
    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    private HistoryFixtures() {
    }

    static StatisticsQuery dailyByJob(int days) {
        return new StatisticsQuery("farm-1", ResourceSelection.queues("queue-b", "queue-a"),
            new TimeRange(NOW.minus(Duration.ofDays(days)), NOW), UtcOffset.UTC, Period.DAILY,
            List.of(GroupField.QUEUE_ID, GroupField.JOB_ID), EnumSet.allOf(Statistic.class));
    }

    /** Rows of every kind the service sends: job names, absent values, absent statistics, odd doubles. */
    static List<CostRow> rows(StatisticsQuery query, int count, long seed) {
        Random random = new Random(seed);
        List<CostRow> rows = new ArrayList<>(count);
        long days = query.range().duration().toDays();
        for (int i = 0; i < count; i++) {
            Instant start = query.range().start().plus(Duration.ofDays(random.nextInt((int) days)));
            String job = random.nextInt(20) == 0 ? null : "job-" + random.nextInt(500);
            GroupKey key = GroupKey.of(GroupField.QUEUE_ID, "queue-" + (char) ('a' + random.nextInt(2)),
                GroupField.JOB_ID, job);
            if (job != null && random.nextBoolean()) {
                key = key.withJobName("Shot " + job + " — ünïcode");
            }
            Set<Statistic> statistics = random.nextInt(10) == 0 ? EnumSet.of(Statistic.SUM)
                : EnumSet.allOf(Statistic.class);
            rows.add(new CostRow(key, Bucket.of(start, start.plus(Duration.ofDays(1))), random.nextInt(5000),
                statistics, values(random, 1.0 / 3_600_000), values(random, 1)));
        }
        return rows;
    }

    private static StatisticValues values(Random random, double unit) {
        return new StatisticValues(random.nextInt(100_000) * unit, random.nextDouble() * 1e6,
            random.nextGaussian() * 17, random.nextInt(10_000_000) / 100.0);
    }

    static DisplayNames names() {
        return DisplayNames.builder().queue("queue-a", "Lighting").queue("queue-b", "FX")
            .user("user-1", "Ana Lima").build();
    }

    static ResultToStore result(StatisticsQuery query, Instant fetchedAt, List<CostRow> rows) {
        return new ResultToStore(ConnectionTarget.demo(), "Harbor Lights", query, fetchedAt, true, rows, names());
    }
}
