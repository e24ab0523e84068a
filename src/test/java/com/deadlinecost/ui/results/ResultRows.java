package com.deadlinecost.ui.results;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Hand-made rows of a (queue, user) daily query, for the results tests. */
public final class ResultRows {

    public static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");
    public static final Set<Statistic> ALL = EnumSet.allOf(Statistic.class);
    public static final UtcOffset PLUS_ONE = UtcOffset.of(ZoneOffset.ofHours(1));

    private ResultRows() {
    }

    /** Queues q-light and q-comp, users u-ana and u-ben, grouped by queue and user, all statistics. */
    public static StatisticsQuery queueUserQuery() {
        return query(List.of(GroupField.QUEUE_ID, GroupField.USER_ID), ALL);
    }

    public static StatisticsQuery query(List<GroupField> groupBy, Set<Statistic> statistics) {
        return new StatisticsQuery("farm-1", ResourceSelection.queues("q-light", "q-comp"),
            new TimeRange(MONDAY, MONDAY.plusSeconds(7 * 86_400L)), UtcOffset.UTC, Period.DAILY, groupBy, statistics);
    }

    public static DisplayNames names() {
        return DisplayNames.builder().queue("q-light", "Lighting").queue("q-comp", "Compositing")
            .user("u-ana", "Ana Lima").user("u-ben", "Ben Okafor").build();
    }

    public static Bucket day(int index) {
        Instant start = MONDAY.plusSeconds(86_400L * index);
        return Bucket.of(start, start.plusSeconds(86_400));
    }

    /** A row whose sessions each cost {@code costEach} and ran {@code runtimeEach} seconds. */
    public static CostRow row(String queue, String user, int day, long count, double costEach, double runtimeEach) {
        return withStatistics(queue, user, day, count, costEach, runtimeEach, ALL);
    }

    public static CostRow withStatistics(String queue, String user, int day, long count, double costEach,
                                         double runtimeEach, Set<Statistic> statistics) {
        GroupKey key = GroupKey.of(GroupField.QUEUE_ID, queue, GroupField.USER_ID, user);
        return new CostRow(key, day(day), count, statistics,
            new StatisticValues(costEach, costEach, costEach, costEach * count),
            new StatisticValues(runtimeEach, runtimeEach, runtimeEach, runtimeEach * count));
    }

    /** Four rows: Lighting costs $70 (Ana 50, Ben 20), Compositing $10 (Ana). */
    public static List<CostRow> sample() {
        return List.of(
            row("q-light", "u-ana", 0, 5, 10, 3600),
            row("q-light", "u-ben", 0, 2, 10, 1800),
            row("q-comp", "u-ana", 1, 1, 4, 600),
            row("q-comp", "u-ana", 2, 3, 2, 600));
    }
}
