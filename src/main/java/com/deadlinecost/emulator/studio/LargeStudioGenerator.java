package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/**
 * A large studio for the scale cases: one farm whose hourly cost by job over the last {@link #DAYS} days has about
 * as many rows as asked for (1,000,000 by default). Every hour, a fixed number of job slots each run one session of
 * their current job inside the hour (minutes 2 to 58); a slot starts a new job every {@link #JOB_HOURS} hours, the
 * slots staggered. So each (job, hour) is one row, and the rows are {@code hours x slots}. Deterministic: the same
 * end hour and size give the same studio.
 */
public final class LargeStudioGenerator {
    public static final int DEFAULT_ROWS = 1_000_000;
    /** Three months. */
    public static final int DAYS = 92;
    public static final int HOURS = DAYS * 24;
    public static final int QUEUES = 10;
    static final int JOB_HOURS = 8;
    private static final int USERS = 40;
    private static final String[] INSTANCE_TYPES = {"c6i.8xlarge", "c6i.16xlarge", "r6i.8xlarge", "g5.4xlarge"};
    private static final double[] RATES = {1.36, 2.72, 2.02, 1.62};

    private LargeStudioGenerator() {
    }

    /** The studio ending at the start of {@code now}'s hour, with about {@code rows} hourly rows by job. */
    public static Studio generate(Instant now, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive");
        }
        Instant start = rangeStart(now);
        int slots = (rows + HOURS - 1) / HOURS;
        String farm = id("farm-", 0x1a);
        String[] queues = new String[QUEUES];
        for (int queue = 0; queue < QUEUES; queue++) {
            queues[queue] = id("queue-", 0x100 + queue);
        }
        String[] fleets = new String[INSTANCE_TYPES.length];
        for (int fleet = 0; fleet < fleets.length; fleet++) {
            fleets[fleet] = id("fleet-", 0x200 + fleet);
        }
        String[] users = new String[USERS];
        for (int user = 0; user < USERS; user++) {
            users[user] = String.format(Locale.ROOT, "%010d-1111-2222-3333-444455556666", 8_000_000_000L + user);
        }
        long[] jobs = new long[slots];
        String[] jobIds = new String[slots];
        String[] jobNames = new String[slots];
        Arrays.fill(jobs, -1);
        SessionTable.Builder table = SessionTable.builder();
        for (int hour = 0; hour < HOURS; hour++) {
            Instant hourStart = start.plus(Duration.ofHours(hour));
            for (int slot = 0; slot < slots; slot++) {
                // Slot s starts its jobs at hours = s (mod JOB_HOURS), so a new batch of jobs begins every hour.
                long job = (long) slot * (HOURS / JOB_HOURS + 2) + (hour + slot % JOB_HOURS) / JOB_HOURS;
                int queue = slot % QUEUES;
                if (jobs[slot] != job) {
                    jobs[slot] = job;
                    jobIds[slot] = id("job-", job);
                    jobNames[slot] = "LRG_q" + queue + "_job" + job;
                }
                int fleet = slot % INSTANCE_TYPES.length;
                Instant sessionStart = hourStart.plus(Duration.ofMinutes(2 + (slot * 7 + hour) % 8));
                Instant sessionEnd = sessionStart.plus(Duration.ofMinutes(20 + (slot + hour) % 30));
                table.add(new SessionRecord(farm, queues[queue], fleets[fleet], jobIds[slot], jobNames[slot],
                    users[slot % USERS], UsageType.COMPUTE, INSTANCE_TYPES[fleet], "", sessionStart, sessionEnd,
                    RATES[fleet]));
            }
        }
        return SessionFileStudio.of(table.build());
    }

    /** The first hour the studio covers for {@code now}: {@link #DAYS} days before the start of its hour. */
    public static Instant rangeStart(Instant now) {
        return rangeEnd(now).minus(Duration.ofHours(HOURS));
    }

    /** The end of the studio's range: the start of {@code now}'s hour. */
    public static Instant rangeEnd(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    /** The rows an hourly query by job over the whole range returns for {@code rows} asked of the generator. */
    public static int rowsFor(int rows) {
        return HOURS * ((rows + HOURS - 1) / HOURS);
    }

    private static String id(String prefix, long number) {
        return prefix + String.format(Locale.ROOT, "%032x", number);
    }
}
