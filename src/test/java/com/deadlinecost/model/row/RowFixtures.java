package com.deadlinecost.model.row;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Small hand-made rows for the example-based tests. */
public final class RowFixtures {

    public static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");
    public static final Set<Statistic> ALL = EnumSet.allOf(Statistic.class);

    private RowFixtures() {
    }

    public static Bucket day(int index) {
        Instant start = MONDAY.plusSeconds(86_400L * index);
        return Bucket.of(start, start.plusSeconds(86_400));
    }

    /** A row whose sessions all cost {@code costEach} and ran {@code runtimeEach} seconds. */
    public static CostRow uniform(GroupKey key, Bucket bucket, long count, double costEach, double runtimeEach) {
        return new CostRow(key, bucket, count, ALL, new StatisticValues(costEach, costEach, costEach,
            costEach * count), new StatisticValues(runtimeEach, runtimeEach, runtimeEach, runtimeEach * count));
    }

    public static CostRow queueDay(String queue, int day, long count, double costEach) {
        return uniform(GroupKey.of(GroupField.QUEUE_ID, queue), day(day), count, costEach, 60);
    }
}
