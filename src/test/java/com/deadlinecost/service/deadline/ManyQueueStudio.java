package com.deadlinecost.service.deadline;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import com.deadlinecost.emulator.studio.SessionFileStudio;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A studio of one farm with 25 queues (per-show lighting, comp, FX... queues of a bigger facility), six fleets and
 * eight users, with a few thousand sessions over 13 months: some span several days, some start before the range,
 * and licence sessions accompany compute ones. Small enough for fast tests, big enough that every chunk has rows.
 */
final class ManyQueueStudio {
    static final int QUEUES = 25;
    /** 13 months, local to UTC-08:00 (the studio's office hours), so day and month edges fall at 08:00Z. */
    static final Instant START = Instant.parse("2025-02-01T08:00:00Z");
    static final Instant END = Instant.parse("2026-03-01T08:00:00Z");

    private static final String[] INSTANCE_TYPES = {"c6i.16xlarge", "r6i.8xlarge", "m7i.4xlarge", "g5.4xlarge",
        "c5.4xlarge", ""};
    private static final double[] RATES = {2.72, 2.016, 0.8064, 1.624, 0.68, 1.0};
    private static final String[] LICENCES = {"maya", "nuke", "houdini"};
    private static final double[] LICENCE_RATES = {0.25, 0.3125, 0.4};
    /** Generated after the constants above, which it reads. */
    static final Studio STUDIO = generate(2026L, 3_000);

    private ManyQueueStudio() {
    }

    static String farmId() {
        return STUDIO.farms().get(0).farmId();
    }

    static List<String> queueIds() {
        return STUDIO.queues(farmId()).stream().map(StudioQueue::queueId).collect(Collectors.toList());
    }

    private static Studio generate(long seed, int sessions) {
        Random random = new Random(seed);
        String farm = id(random, "farm-");
        List<String> queues = ids(random, "queue-", QUEUES);
        List<String> fleets = ids(random, "fleet-", INSTANCE_TYPES.length);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            users.add(String.format(Locale.ROOT, "%010d-%s", 9_000_000_000L + i, "1111-2222-3333-444455556666"));
        }
        SessionTable.Builder table = SessionTable.builder();
        long span = Duration.between(START, END).toMinutes();
        // Every queue gets sessions, so each resource chunk of the tests has work; the rest fall at random.
        for (int i = 0; i < sessions; i++) {
            int queue = i < QUEUES ? i : random.nextInt(QUEUES);
            int fleet = random.nextInt(fleets.size());
            String job = "job-" + String.format(Locale.ROOT, "%032x", (long) queue * 10 + random.nextInt(3));
            String user = users.get(random.nextInt(users.size()));
            // A few minutes before the range to a few minutes before its end: sessions straddle both edges.
            Instant start = START.plus(Duration.ofMinutes(random.nextInt((int) span) - 600));
            long minutes = random.nextInt(20) == 0 ? 1_440 + random.nextInt(4_000) : 5 + random.nextInt(600);
            Instant end = start.plus(Duration.ofMinutes(minutes));
            table.add(new SessionRecord(farm, queues.get(queue), fleets.get(fleet), job, "SHOT_q" + queue, user,
                UsageType.COMPUTE, INSTANCE_TYPES[fleet], "", start, end, RATES[fleet]));
            if (random.nextInt(3) == 0) {
                int licence = random.nextInt(LICENCES.length);
                table.add(new SessionRecord(farm, queues.get(queue), fleets.get(fleet), job, "SHOT_q" + queue, user,
                    UsageType.LICENSE, "", LICENCES[licence], start, end, LICENCE_RATES[licence]));
            }
        }
        return SessionFileStudio.of(table.build());
    }

    private static List<String> ids(Random random, String prefix, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(id(random, prefix));
        }
        return ids;
    }

    private static String id(Random random, String prefix) {
        return prefix + String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
    }
}
