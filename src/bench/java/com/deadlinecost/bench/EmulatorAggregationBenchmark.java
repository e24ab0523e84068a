package com.deadlinecost.bench;

import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.GroupField;
import com.deadlinecost.emulator.aggregation.Period;
import com.deadlinecost.emulator.aggregation.ResourceKind;
import com.deadlinecost.emulator.aggregation.SessionAggregator;
import com.deadlinecost.emulator.aggregation.Statistic;
import com.deadlinecost.emulator.aggregation.StatisticsRow;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 5: the emulator aggregating the demo studio of 1,000,000 sessions over its 13 months, DAILY, grouped by
 * queue and user, every statistic (the reference aggregation, no paging or row limit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EmulatorAggregationBenchmark {
    static final int SESSIONS = 1_000_000;

    private Studio studio;
    private AggregationRequest request;
    private AggregationRequest hourlyByJob;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2025-06-18T10:00:00Z");
        studio = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, now, SESSIONS);
        if (studio.sessions().size() != SESSIONS) {
            throw new IllegalStateException(studio.sessions().size() + " sessions, not " + SESSIONS);
        }
        String farmId = studio.farms().get(0).farmId();
        Set<String> queues = studio.queues(farmId).stream().limit(10).map(StudioQueue::queueId)
            .collect(Collectors.toSet());
        request = new AggregationRequest(farmId, ResourceKind.QUEUE, queues, DemoStudioGenerator.rangeStart(now), now,
            ZoneOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID),
            EnumSet.allOf(Statistic.class));
        hourlyByJob = new AggregationRequest(farmId, ResourceKind.QUEUE, queues, DemoStudioGenerator.rangeStart(now),
            now, ZoneOffset.ofHoursMinutes(5, 30), Period.HOURLY, List.of(GroupField.JOB_ID),
            EnumSet.allOf(Statistic.class));
    }

    @Benchmark
    public List<StatisticsRow> dailyByQueueAndUser() {
        return SessionAggregator.aggregate(studio.sessions(), request);
    }

    /** Not a table figure; the finest grouping, reported in jmh.log (docs/EMULATOR.md quotes it). */
    @Benchmark
    public List<StatisticsRow> hourlyByJobInHalfHourOffset() {
        return SessionAggregator.aggregate(studio.sessions(), hourlyByJob);
    }
}
