package com.deadlinecost.service.emulator.aggregation;

import com.deadlinecost.service.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.service.emulator.studio.Studio;
import com.deadlinecost.service.emulator.studio.StudioQueue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A quick measurement of the emulator's aggregation speed (not a unit test): generates the demo studio with N
 * sessions (default 1,000,000) and times aggregations over the whole range.
 *
 * <pre>
 * java -cp target/deadline-cost-explorer.jar com.deadlinecost.service.emulator.aggregation.AggregationBenchmark [N]
 * </pre>
 */
public final class AggregationBenchmark {
    private static final int RUNS = 7;

    private AggregationBenchmark() {
    }

    public static void main(String[] args) {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Instant now = Instant.parse("2025-06-18T10:00:00Z");
        long generateStart = System.nanoTime();
        Studio studio = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, now, sessions);
        System.out.printf("generated %,d sessions in %d ms%n", studio.sessions().size(),
            (System.nanoTime() - generateStart) / 1_000_000);
        String farmId = studio.farms().get(0).farmId();
        Set<String> queues = studio.queues(farmId).stream().limit(10).map(StudioQueue::queueId)
            .collect(Collectors.toSet());
        measure(studio, new AggregationRequest(farmId, ResourceKind.QUEUE, queues,
            DemoStudioGenerator.rangeStart(now), now, ZoneOffset.UTC, Period.DAILY,
            List.of(GroupField.QUEUE_ID, GroupField.USER_ID), EnumSet.allOf(Statistic.class)));
        measure(studio, new AggregationRequest(farmId, ResourceKind.QUEUE, queues,
            DemoStudioGenerator.rangeStart(now), now, ZoneOffset.ofHoursMinutes(5, 30), Period.HOURLY,
            List.of(GroupField.JOB_ID), EnumSet.allOf(Statistic.class)));
    }

    private static void measure(Studio studio, AggregationRequest request) {
        long best = Long.MAX_VALUE;
        int rows = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            rows = SessionAggregator.aggregate(studio.sessions(), request).size();
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;
        System.out.printf("%s by %s: %,d rows, best of %d runs %.3f s = %,.0f sessions/s%n", request.period(),
            request.groupBy(), rows, RUNS, seconds, studio.sessions().size() / seconds);
    }
}
