package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.emulator.AggregationFailure;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.RunProgress.Phase;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Queries past the service's limits, through the real SDK against the emulator: 25 queues over 13 months split into
 * aggregations of at most ten queues (and shorter ranges when a result is too large), merged into exactly the rows
 * one aggregation over everything computes.
 */
class PlannedRunTest {
    private static final UtcOffset STUDIO_OFFSET = UtcOffset.parse("UTC-08:00");

    private static StatisticsQuery query(List<GroupField> groupBy, Set<Statistic> statistics) {
        return new StatisticsQuery(ManyQueueStudio.farmId(), new ResourceSelection(ResourceKind.QUEUE,
            ManyQueueStudio.queueIds()), new TimeRange(ManyQueueStudio.START, ManyQueueStudio.END), STUDIO_OFFSET,
            Period.DAILY, groupBy, statistics);
    }

    private static StatisticsQuery byQueueAndUser() {
        return query(List.of(GroupField.QUEUE_ID, GroupField.USER_ID), EnumSet.allOf(Statistic.class));
    }

    private static DemoFixture fixture() {
        return new DemoFixture(DemoFixture.config(), ManyQueueStudio.STUDIO);
    }

    @Test
    void twentyFiveQueuesOverThirteenMonthsByQueueAndUserEqualTheDirectAggregation() {
        StatisticsQuery query = byQueueAndUser();
        try (DemoFixture demo = fixture()) {
            RecordingListener listener = new RecordingListener();

            long total = demo.gateway.runAggregation(query, listener, () -> false);

            DirectAggregation.assertSameRows(listener.rows, DirectAggregation.of(ManyQueueStudio.STUDIO, query), query);
            assertThat(total).isEqualTo(listener.rows.size());
            assertThat(labels(listener)).contains("chunk 1 of 3: queues 1-10", "chunk 2 of 3: queues 11-20",
                "chunk 3 of 3: queues 21-25");
            assertThat(listener.steps).as("grouped by queue, chunk 1 streams before chunk 2 starts")
                .anySatisfy(step -> {
                    assertThat(step.chunk().index()).isEqualTo(1);
                    assertThat(step.rowsLoaded()).isPositive();
                });
            assertSharesRiseToOne(listener);
        }
    }

    @Test
    void byUserOnlyOverTwentyFiveQueuesCombinesRowsTheChunksShare() {
        StatisticsQuery query = query(List.of(GroupField.USER_ID), EnumSet.allOf(Statistic.class));
        try (DemoFixture demo = fixture()) {
            RecordingListener listener = new RecordingListener();

            demo.gateway.runAggregation(query, listener, () -> false);

            DirectAggregation.assertSameRows(listener.rows, DirectAggregation.of(ManyQueueStudio.STUDIO, query), query);
            assertThat(listener.steps).as("rows of a slice arrive once its last chunk is done")
                .filteredOn(step -> step.chunk().index() < 3).allSatisfy(step ->
                    assertThat(step.rowsLoaded()).isZero());
        }
    }

    @Test
    void mergedAveragesAreWeightedByCountWhenOnlyAveragesAreAskedFor() {
        StatisticsQuery query = query(List.of(GroupField.USAGE_TYPE), EnumSet.of(Statistic.AVG, Statistic.MAX));
        try (DemoFixture demo = fixture()) {
            RecordingListener listener = new RecordingListener();

            demo.gateway.runAggregation(query, listener, () -> false);

            DirectAggregation.assertSameRows(listener.rows, DirectAggregation.of(ManyQueueStudio.STUDIO, query), query);
            assertThat(listener.rows).allSatisfy(row -> assertThat(row.has(Statistic.SUM)).isFalse());
        }
    }

    @Test
    void aTimeoutOnTheFullRangeSplitsItAtBucketBoundariesAndStillMatches() {
        StatisticsQuery query = byQueueAndUser();
        StatisticsQuery firstTen = new QueryPlanner().plan(query).get(0).query();
        int firstTenRows = DirectAggregation.of(ManyQueueStudio.STUDIO, firstTen).size();
        try (DemoFixture demo = new DemoFixture(DemoFixture.config().resultRowLimit(firstTenRows / 2)
                .oversizeOutcome(AggregationFailure.TIMEOUT), ManyQueueStudio.STUDIO)) {
            RecordingListener listener = new RecordingListener();

            demo.gateway.runAggregation(query, listener, () -> false);

            DirectAggregation.assertSameRows(listener.rows, DirectAggregation.of(ManyQueueStudio.STUDIO, query), query);
            assertThat(listener.steps.get(listener.steps.size() - 1).chunk().count()).isGreaterThan(3);
            assertThat(labels(listener)).anySatisfy(label -> assertThat(label).matches(
                "chunk \\d+ of \\d+: queues 1-10, .*2025.*"));
            assertSharesRiseToOne(listener);
        }
    }

    @Test
    void aOneBucketChunkSplitByQueuesCombinesTheHalvesRowsOfThatBucket() {
        // Find a day on which ten queues by user have more rows than either half of them (so that with the row limit
        // at the larger half the day fails for ten queues and passes for five) and a user works in both halves.
        List<String> ten = ManyQueueStudio.queueIds().subList(0, 10);
        for (int day = 0; day < 60; day++) {
            TimeRange range = new TimeRange(ManyQueueStudio.START.plus(Duration.ofDays(day)),
                ManyQueueStudio.START.plus(Duration.ofDays(day + 1)));
            StatisticsQuery query = oneDayByUser(ten, range);
            int firstHalf = rows(oneDayByUser(ten.subList(0, 5), range));
            int secondHalf = rows(oneDayByUser(ten.subList(5, 10), range));
            int halves = Math.max(firstHalf, secondHalf);
            boolean someUserInBothHalves = rows(query) < firstHalf + secondHalf;
            if (rows(query) <= halves || !someUserInBothHalves) {
                continue;
            }
            try (DemoFixture demo = new DemoFixture(DemoFixture.config().resultRowLimit(halves),
                    ManyQueueStudio.STUDIO)) {
                RecordingListener listener = new RecordingListener();

                demo.gateway.runAggregation(query, listener, () -> false);

                DirectAggregation.assertSameRows(listener.rows, DirectAggregation.of(ManyQueueStudio.STUDIO, query),
                    query);
                assertThat(labels(listener)).contains("chunk 2 of 2: queues 6-10");
                return;
            }
        }
        throw new AssertionError("no day where ten queues by user outgrow each half and share a user");
    }

    private static StatisticsQuery oneDayByUser(List<String> queueIds, TimeRange range) {
        return new StatisticsQuery(ManyQueueStudio.farmId(), new ResourceSelection(ResourceKind.QUEUE, queueIds),
            range, STUDIO_OFFSET, Period.DAILY, List.of(GroupField.USER_ID), EnumSet.allOf(Statistic.class));
    }

    private static int rows(StatisticsQuery query) {
        return DirectAggregation.of(ManyQueueStudio.STUDIO, query).size();
    }

    @Test
    void cancelStopsAfterTheCurrentRequestAndTheRunResumesWithEveryRowOnce() {
        StatisticsQuery query = byQueueAndUser();
        try (DemoFixture demo = fixture()) {
            PlannedRun run = demo.gateway.plan(query);
            AtomicBoolean cancelled = new AtomicBoolean();
            RecordingListener first = new RecordingListener() {
                @Override
                public void progress(RunProgress progress) {
                    super.progress(progress);
                    if (progress.chunk().index() == 2 && progress.phase() == Phase.LOADING) {
                        cancelled.set(true);
                    }
                }
            };

            assertThatThrownBy(() -> run.run(first, cancelled::get)).isInstanceOf(CancellationException.class);

            assertThat(run.complete()).isFalse();
            assertThat(first.steps).as("chunk 3 never starts").allSatisfy(step ->
                assertThat(step.chunk().index()).isLessThan(3));
            int pagesOfChunkTwo = (int) first.steps.stream().filter(step -> step.chunk().index() == 2
                && step.phase() == Phase.LOADING).count();
            assertThat(pagesOfChunkTwo).as("stopped within one page").isEqualTo(1);

            RecordingListener rest = new RecordingListener();
            run.run(rest, () -> false);

            List<CostRow> all = new ArrayList<>(first.rows);
            all.addAll(rest.rows);
            assertThat(run.complete()).isTrue();
            DirectAggregation.assertSameRows(all, DirectAggregation.of(ManyQueueStudio.STUDIO, query), query);
        }
    }

    @Test
    void aChunkThatFailsIsNamedAndRetryingRunsOnFromItWithEveryRowOnce() throws IOException {
        StatisticsQuery query = query(List.of(GroupField.USER_ID), EnumSet.allOf(Statistic.class));
        try (DemoFixture demo = fixture()) {
            PlannedRun run = demo.gateway.plan(query);
            RecordingListener first = new RecordingListener() {
                @Override
                public void progress(RunProgress progress) {
                    super.progress(progress);
                    if (progress.chunk().index() == 2 && progress.phase() == Phase.STARTING) {
                        demo.server.close();
                    }
                }
            };

            assertThatThrownBy(() -> run.run(first, () -> false)).isInstanceOfSatisfying(QueryProblem.class,
                problem -> {
                    assertThat(problem.kind()).isEqualTo(QueryProblem.Kind.NETWORK);
                    assertThat(problem.getMessage()).startsWith("Chunk 2 of 3 (queues 11-20) failed: ");
                    assertThat(problem.advice()).contains("Retry runs this chunk again")
                        .contains("The chunk before it is kept");
                });

            try (EmulatorServer again = EmulatorServer.start(DemoFixture.config().port(demo.server.port())
                    .studio(ManyQueueStudio.STUDIO).build())) {
                RecordingListener rest = new RecordingListener();
                run.run(rest, () -> false);

                assertThat(first.rows).as("merged rows wait for the slice's last chunk").isEmpty();
                DirectAggregation.assertSameRows(rest.rows, DirectAggregation.of(ManyQueueStudio.STUDIO, query),
                    query);
            }
        }
    }

    @Test
    void aChunkTooLargeEvenForOneBucketOfOneQueueIsNamedWithTheUsualAdvice() {
        StatisticsQuery whole = query(List.of(GroupField.QUEUE_ID, GroupField.USAGE_TYPE),
            EnumSet.of(Statistic.SUM));
        StatisticsQuery tenDays = new StatisticsQuery(whole.farmId(), whole.resources(),
            new TimeRange(ManyQueueStudio.START, ManyQueueStudio.START.plus(Duration.ofDays(10))), whole.offset(),
            whole.period(), whole.groupBy(), whole.statistics());
        try (DemoFixture demo = new DemoFixture(DemoFixture.config().resultRowLimit(1), ManyQueueStudio.STUDIO)) {
            assertThatThrownBy(() -> demo.gateway.runAggregation(tenDays, new RecordingListener(), () -> false))
                .isInstanceOfSatisfying(QueryProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(QueryProblem.Kind.RESULT_TOO_LARGE);
                    assertThat(problem.getMessage()).matches(
                        "Chunk \\d+ of \\d+ \\(queue \\d+, \\d+ \\w+ 2025\\) failed: The aggregation ended FAILED.*");
                    assertThat(problem.advice()).contains("shorter time range").contains("Retry runs this chunk");
                });
        }
    }

    private static List<String> labels(RecordingListener listener) {
        return listener.steps.stream().map(step -> step.chunk().label()).distinct().collect(Collectors.toList());
    }

    private static void assertSharesRiseToOne(RecordingListener listener) {
        List<Double> shares = listener.steps.stream().map(step -> step.chunk().shareDone())
            .collect(Collectors.toList());
        assertThat(shares).isSorted();
        assertThat(shares.get(shares.size() - 1)).isEqualTo(1.0);
        assertThat(listener.steps.get(listener.steps.size() - 1).phase()).isEqualTo(Phase.DONE);
    }
}
