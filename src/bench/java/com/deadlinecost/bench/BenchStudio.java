package com.deadlinecost.bench;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import com.deadlinecost.emulator.studio.SessionFileStudio;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A studio whose hourly aggregation by queue and user has exactly {@link #ROWS} rows: 10 queues x 10 users x
 * 1,000 hours, one half-hour session per queue, user and hour. One aggregation of ten queues (no split by the
 * planner: 1,000 buckets), 1,000 pages of 100 rows.
 */
final class BenchStudio {
    static final int QUEUES = 10;
    static final int USERS = 10;
    static final int HOURS = 1_000;
    static final int ROWS = QUEUES * USERS * HOURS;
    static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(HOURS));
    static final String FARM = id("farm-", 1);
    private static final List<String> QUEUE_IDS = ids("queue-", 100, QUEUES);

    private BenchStudio() {
    }

    static Studio generate() {
        SessionTable.Builder table = SessionTable.builder();
        List<String> fleets = ids("fleet-", 0, 3);
        List<String> users = new ArrayList<>(USERS);
        for (int user = 0; user < USERS; user++) {
            users.add(String.format(Locale.ROOT, "%010d-1111-2222-3333-444455556666", 9_000_000_000L + user));
        }
        for (int hour = 0; hour < HOURS; hour++) {
            Instant start = START.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(5));
            for (int queue = 0; queue < QUEUES; queue++) {
                for (int user = 0; user < USERS; user++) {
                    Instant end = start.plus(Duration.ofMinutes(20 + (hour + queue + user) % 30));
                    table.add(new SessionRecord(FARM, QUEUE_IDS.get(queue), fleets.get(queue % 3),
                        id("job-", queue * 100 + hour % 7), "SHOT_q" + queue + "_v" + hour % 7, users.get(user),
                        UsageType.COMPUTE, "c6i.8xlarge", "", start, end, 1.36 + 0.01 * user));
                }
            }
        }
        return SessionFileStudio.of(table.build());
    }

    static List<String> queueIds() {
        return QUEUE_IDS;
    }

    private static List<String> ids(String prefix, int first, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            ids.add(id(prefix, first + index));
        }
        return List.copyOf(ids);
    }

    /** Hourly by queue and user over the whole studio, every statistic: {@link #ROWS} rows. */
    static StatisticsQuery query() {
        return new StatisticsQuery(FARM, new ResourceSelection(ResourceKind.QUEUE, queueIds()),
            new TimeRange(START, END), UtcOffset.UTC, Period.HOURLY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID),
            EnumSet.allOf(Statistic.class));
    }

    private static String id(String prefix, long number) {
        return prefix + String.format(Locale.ROOT, "%032x", number);
    }
}
