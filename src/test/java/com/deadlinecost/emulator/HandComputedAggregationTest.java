package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.studio.SessionCsv;
import com.deadlinecost.emulator.studio.SessionFileException;
import com.deadlinecost.emulator.studio.SessionFileStudio;
import com.deadlinecost.emulator.studio.Studio;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;
import software.amazon.awssdk.services.deadline.model.UsageType;

/** An aggregation of five sessions worked out by hand (see hand-sessions.csv). */
class HandComputedAggregationTest {
    private static final String FARM = "farm-" + "a".repeat(32);
    private static final String QUEUE_1 = "queue-" + "1".repeat(32);
    private static final String QUEUE_2 = "queue-" + "2".repeat(32);
    private static final Instant MARCH_3 = Instant.parse("2025-03-03T00:00:00Z");
    private static final Instant MARCH_4 = Instant.parse("2025-03-04T00:00:00Z");
    private static final Instant MARCH_5 = Instant.parse("2025-03-05T00:00:00Z");
    private static EmulatorServer server;
    private static DeadlineClient deadline;

    @BeforeAll
    static void start() throws IOException, SessionFileException {
        Studio studio;
        try (Reader reader = new InputStreamReader(
            HandComputedAggregationTest.class.getResourceAsStream("/emulator/hand-sessions.csv"),
            StandardCharsets.UTF_8)) {
            studio = SessionFileStudio.of(SessionCsv.read(reader, "hand-sessions.csv"));
        }
        server = EmulatorServer.start(TestStudios.fastConfig(studio, new MutableClock(MARCH_5)).build());
        deadline = EmulatorClients.deadline(server.endpoint());
    }

    @AfterAll
    static void stop() {
        deadline.close();
        server.close();
    }

    @Test
    void dailyPerQueueRowsMatchTheHandComputation() {
        List<Statistics> rows = AggregationCalls.run(deadline,
            AggregationCalls.queues(FARM, List.of(QUEUE_1, QUEUE_2), MARCH_3, MARCH_5).build());

        assertThat(rows).hasSize(3);
        // March 3, queue 1: 2 h of session 1 at $2 ($4), its licence at $0.50 ($1), 1 h of session 4 ($2).
        assertRow(rows.get(0), QUEUE_1, MARCH_3, MARCH_4, 3, new double[] {1.0, 4.0, 7.0 / 3, 7.0},
            new double[] {3600, 7200, 6000, 18_000});
        // March 4, queue 1: the other 2 h of session 1 ($4) and of its licence ($1).
        assertRow(rows.get(1), QUEUE_1, MARCH_4, MARCH_5, 2, new double[] {1.0, 4.0, 2.5, 5.0},
            new double[] {7200, 7200, 7200, 14_400});
        // March 4, queue 2: half an hour on the customer-managed fleet at $1.
        assertRow(rows.get(2), QUEUE_2, MARCH_4, MARCH_5, 1, new double[] {0.5, 0.5, 0.5, 0.5},
            new double[] {1800, 1800, 1800, 1800});
    }

    @Test
    void oneBucketPerUsageTypeWithoutAPeriod() {
        List<Statistics> rows = AggregationCalls.run(deadline,
            AggregationCalls.queues(FARM, List.of(QUEUE_1, QUEUE_2), MARCH_3, MARCH_5).period((String) null)
                .groupBy(UsageGroupByField.USAGE_TYPE).build());

        assertThat(rows).extracting(Statistics::usageType).containsExactly(UsageType.COMPUTE, UsageType.LICENSE);
        assertThat(rows.get(0).count()).isEqualTo(3);
        assertThat(rows.get(0).costInUsd().sum()).isEqualTo(10.5);
        assertThat(rows.get(1).costInUsd().sum()).isEqualTo(2.0);
        assertThat(rows.get(0).aggregationStartTime()).isEqualTo(MARCH_3);
        assertThat(rows.get(0).aggregationEndTime()).isEqualTo(MARCH_5);
        assertThat(rows.get(0).queueId()).isNull();
    }

    @Test
    void groupingByJobCarriesTheJobName() {
        List<Statistics> rows = AggregationCalls.run(deadline,
            AggregationCalls.queues(FARM, List.of(QUEUE_2), MARCH_3, MARCH_5).groupBy(UsageGroupByField.JOB_ID)
                .build());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.jobId()).isEqualTo("job-" + "0".repeat(31) + "2");
            assertThat(row.jobName()).isEqualTo("SHOW_sq020_sh0030_comp_v002, retake");
        });
    }

    private static void assertRow(Statistics row, String queueId, Instant start, Instant end, int count,
        double[] cost, double[] runtime) {
        assertThat(row.queueId()).isEqualTo(queueId);
        assertThat(row.userId()).isNull();
        assertThat(row.aggregationStartTime()).isEqualTo(start);
        assertThat(row.aggregationEndTime()).isEqualTo(end);
        assertThat(row.count()).isEqualTo(count);
        assertThat(new double[] {row.costInUsd().min(), row.costInUsd().max(), row.costInUsd().avg(),
            row.costInUsd().sum()}).containsExactly(cost);
        assertThat(new double[] {row.runtimeInSeconds().min(), row.runtimeInSeconds().max(),
            row.runtimeInSeconds().avg(), row.runtimeInSeconds().sum()}).containsExactly(runtime);
    }
}
