package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKeyPool;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.Stats;

/**
 * What {@link StatisticsRowMapper} allocates per row, measured by the JVM's per-thread allocation counter over
 * 100,000 SDK items (100 queue-user groups x 1,000 hours) after warm-up. In the bench sources, in the mapper's
 * package, because the mapper is not public.
 */
public final class RowMapperAllocation {
    private static final int GROUPS = 100;
    private static final int HOURS = 1_000;
    private static final int WARM_UP_PASSES = 15;

    private RowMapperAllocation() {
    }

    /** Bytes allocated per mapped row by the mapping thread in a warmed-up run; the rows are kept meanwhile. */
    public static double bytesPerRow() {
        Instant start = Instant.parse("2025-01-06T00:00:00Z");
        StatisticsQuery query = new StatisticsQuery("farm-1", new ResourceSelection(ResourceKind.QUEUE,
            List.of("queue-1")), new TimeRange(start, start.plus(Duration.ofHours(HOURS))), UtcOffset.UTC,
            Period.HOURLY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID), EnumSet.allOf(Statistic.class));
        List<Statistics> items = items(start);
        CostRow[] rows = new CostRow[items.size()];
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            map(query, items, rows);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
            .getThreadMXBean();
        long thread = Thread.currentThread().getId();
        // One run's mapping, with the compiled code of the warm-up: a fresh mapper, whose pools fill with the 100
        // shared keys and 1,000 buckets on the way (under 1 B per row).
        long before = threads.getThreadAllocatedBytes(thread);
        map(query, items, rows);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        return (double) allocated / rows.length;
    }

    private static void map(StatisticsQuery query, List<Statistics> items, CostRow[] rows) {
        StatisticsRowMapper mapper = new StatisticsRowMapper(query, new GroupKeyPool(), new BucketPool());
        for (int index = 0; index < rows.length; index++) {
            rows[index] = mapper.map(items.get(index));
        }
    }

    // Each item with its own strings and instants, as the SDK parses them from every page.
    private static List<Statistics> items(Instant start) {
        List<Statistics> items = new ArrayList<>(GROUPS * HOURS);
        for (int hour = 0; hour < HOURS; hour++) {
            for (int group = 0; group < GROUPS; group++) {
                Stats cost = Stats.builder().min(0.1).max(0.9).avg(0.5).sum(1.0 + group).build();
                Stats runtime = Stats.builder().min(60.0).max(600.0).avg(300.0).sum(900.0).build();
                items.add(Statistics.builder()
                    .queueId(new String("queue-" + group % 10))
                    .userId(new String("user-" + group / 10))
                    .count(3)
                    .costInUsd(cost)
                    .runtimeInSeconds(runtime)
                    .aggregationStartTime(Instant.ofEpochSecond(start.getEpochSecond() + hour * 3600L))
                    .aggregationEndTime(Instant.ofEpochSecond(start.getEpochSecond() + (hour + 1) * 3600L))
                    .build());
            }
        }
        return items;
    }
}
