package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.studio.LargeStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.Period;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;

/** The large generated studio, read through the SDK: hourly by job, one row per job slot and hour. */
class LargeStudioTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:30:00Z");
    private static final int SLOTS = 12;

    @Test
    void hourlyByJobHasOneRowPerSlotAndHourAndJobsChangeEveryEightHours() throws Exception {
        Studio studio = LargeStudioGenerator.generate(NOW, SLOTS * LargeStudioGenerator.HOURS);
        String farmId = studio.farms().get(0).farmId();
        List<String> queues = studio.queues(farmId).stream().map(StudioQueue::queueId).collect(Collectors.toList());
        assertThat(queues).hasSize(LargeStudioGenerator.QUEUES);
        Instant end = LargeStudioGenerator.rangeEnd(NOW);
        Instant start = end.minus(Duration.ofHours(240));
        assertThat(LargeStudioGenerator.rangeStart(NOW)).isBefore(start);

        List<Statistics> rows;
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().studio(studio)
                .inProgress(Duration.ZERO).build());
             DeadlineClient deadline = EmulatorClients.deadline(server.endpoint())) {
            rows = AggregationCalls.run(deadline, AggregationCalls.queues(farmId, queues, start, end)
                .period(Period.HOURLY).groupBy(UsageGroupByField.JOB_ID).build());
        }

        assertThat(rows).hasSize(SLOTS * 240);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.count()).isEqualTo(1);
            assertThat(row.jobName()).startsWith("LRG_q");
            assertThat(Duration.between(row.aggregationStartTime(), row.aggregationEndTime()))
                .isEqualTo(Duration.ofHours(1));
        });
        Set<String> jobHours = new HashSet<>();
        rows.forEach(row -> jobHours.add(row.jobId() + row.aggregationStartTime()));
        assertThat(jobHours).hasSize(rows.size());
        // Every slot runs a job for eight hours: 240 hours hold 30 jobs of each slot, or 31 where they straddle.
        long jobs = rows.stream().map(Statistics::jobId).distinct().count();
        assertThat(jobs).isBetween(SLOTS * 30L, SLOTS * 31L);
        assertThat(LargeStudioGenerator.rowsFor(LargeStudioGenerator.DEFAULT_ROWS)).isBetween(1_000_000, 1_002_207);
    }
}
