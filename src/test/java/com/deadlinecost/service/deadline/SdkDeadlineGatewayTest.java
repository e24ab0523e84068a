package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.emulator.AggregationFailure;
import com.deadlinecost.emulator.EmulatorClients;
import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.emulator.MutableClock;
import com.deadlinecost.emulator.studio.StudioMember;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.StatisticsQuery;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;

/** The gateway through the real SDK client over HTTP against the emulator. */
class SdkDeadlineGatewayTest {

    private static List<?> baseline() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            RecordingListener listener = new RecordingListener();
            demo.gateway.runAggregation(DemoFixture.queueAndUserQuery(), listener, () -> false);
            return listener.rows;
        }
    }

    @Test
    void listsFarmsQueuesAndFleetsByNameAndResolvesUserNames() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            List<NamedResource> farms = demo.gateway.farms();
            List<NamedResource> queues = demo.gateway.queues(DemoFixture.farmId());

            assertThat(farms).hasSizeGreaterThanOrEqualTo(2);
            assertThat(farms).extracting(NamedResource::displayName).isSorted();
            assertThat(queues).hasSizeGreaterThan(10);
            assertThat(demo.gateway.fleets(DemoFixture.farmId())).hasSizeGreaterThan(10);
            String someUser = DemoFixture.STUDIO.members(DemoFixture.farmId()).stream()
                .filter(member -> "USER".equals(member.principalType())).map(StudioMember::principalId)
                .findFirst().orElseThrow();
            String name = demo.gateway.displayNames(DemoFixture.farmId()).name(GroupField.USER_ID, someUser);
            assertThat(name).isNotBlank().isNotEqualTo(someUser);
        }
    }

    @Test
    void rowsGroupedByJobCarryTheJobNameTheServiceSends() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            RecordingListener listener = new RecordingListener();
            StatisticsQuery byJob = DemoFixture.queueAndUserQuery();
            StatisticsQuery query = new StatisticsQuery(byJob.farmId(), byJob.resources(), byJob.range(),
                byJob.offset(), com.deadlinecost.model.query.Period.DAILY, List.of(GroupField.JOB_ID),
                byJob.statistics());

            demo.gateway.runAggregation(query, listener, () -> false);

            com.deadlinecost.model.row.DisplayNames names = demo.gateway.displayNames(DemoFixture.farmId());
            assertThat(listener.rows).isNotEmpty().allSatisfy(row -> {
                assertThat(row.group().jobName()).isPresent();
                assertThat(names.name(row.group(), GroupField.JOB_ID)).doesNotStartWith("job-");
            });
        }
    }

    @Test
    void aUsageTypeTheSdkDoesNotKnowKeepsItsText() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            RecordingListener listener = new RecordingListener();
            StatisticsQuery base = DemoFixture.queueAndUserQuery();
            List<String> allQueues = DemoFixture.queueIds(100);
            StatisticsQuery query = new StatisticsQuery(base.farmId(), new ResourceSelection(
                com.deadlinecost.model.query.ResourceKind.QUEUE, allQueues), base.range(), base.offset(),
                com.deadlinecost.model.query.Period.MONTHLY, List.of(GroupField.USAGE_TYPE), base.statistics());

            demo.gateway.runAggregation(query, listener, () -> false);

            assertThat(listener.rows).extracting(row -> row.group().valueOrNull(GroupField.USAGE_TYPE))
                .contains("COMPUTE", "LICENSE", "PERSISTENT_VOLUME").doesNotContain("UNKNOWN_TO_SDK_VERSION");
            assertThat(listener.rows).filteredOn(row -> "PERSISTENT_VOLUME".equals(row.group()
                .valueOrNull(GroupField.USAGE_TYPE))).allSatisfy(row -> assertThat(row.count()).isPositive());
        }
    }

    @Test
    void runDeliversEveryRowOnceInPagesWithProgress() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            RecordingListener listener = new RecordingListener();

            long total = demo.gateway.runAggregation(DemoFixture.queueAndUserQuery(), listener, () -> false);

            assertThat(listener.pages.size()).as("pages of %s rows", total).isGreaterThan(2);
            assertThat(listener.pages).allSatisfy(page -> assertThat(page.rows().size()).isLessThanOrEqualTo(100));
            assertThat(total).isEqualTo(listener.rows.size());
            Set<String> keys = listener.rows.stream().map(row -> row.group() + "@" + row.bucket())
                .collect(Collectors.toSet());
            assertThat(keys).hasSize(listener.rows.size());
            assertThat(listener.steps.get(listener.steps.size() - 1).phase()).isEqualTo(RunProgress.Phase.DONE);
        }
    }

    @Test
    void throttlesServerErrorsDropsAndAnExpiredTokenLoseOrDoubleNoRow() {
        List<?> expected = baseline();
        MutableClock emulatorClock = new MutableClock(DemoFixture.NOW.plus(Duration.ofDays(1)));
        FaultConfig faults = FaultConfig.none().withSeed(2026).withThrottleRate(0.08).withErrorRate(0.08)
            .withDropRate(0.05).withTokenTtl(Duration.ofMinutes(10));
        try (DemoFixture demo = new DemoFixture(DemoFixture.config().clock(emulatorClock).faults(faults))) {
            AtomicBoolean expired = new AtomicBoolean();
            RecordingListener listener = new RecordingListener(page -> {
                // Let the page token of the second page outlive its ten minutes.
                if (page.number() == 2 && expired.compareAndSet(false, true)) {
                    emulatorClock.advance(Duration.ofMinutes(11));
                }
            });

            demo.gateway.runAggregation(DemoFixture.queueAndUserQuery(), listener, () -> false);

            assertThat(expired).isTrue();
            assertThat(listener.steps).anySatisfy(step -> assertThat(step.restarts()).isPositive());
            assertThat(listener.rows).containsExactlyElementsOf(castRows(expected));
        }
    }

    @Test
    void aRunStartedWhileTheFarmIsBusyWaitsThenSucceeds() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config().inProgress(Duration.ofMillis(600)));
             DeadlineClient other = EmulatorClients.deadline(demo.server.endpoint())) {
            StatisticsQuery query = DemoFixture.queueAndUserQuery();
            other.startSessionsStatisticsAggregation(new AggregationRequests().start(query));
            RecordingListener listener = new RecordingListener();

            demo.gateway.runAggregation(query, listener, () -> false);

            assertThat(listener.sawPhase(RunProgress.Phase.WAITING_FOR_FARM)).isTrue();
            assertThat(listener.rows).isNotEmpty();
        }
    }

    @Test
    void aTimedOutAggregationSaysWhatToChange() {
        FaultConfig faults = FaultConfig.none().withFailAggregations(AggregationFailure.TIMEOUT);
        try (DemoFixture demo = new DemoFixture(DemoFixture.config().faults(faults))) {
            RecordingListener listener = new RecordingListener();
            assertThatThrownBy(() -> demo.gateway.runAggregation(DemoFixture.queueAndUserQuery(), listener,
                () -> false))
                .isInstanceOfSatisfying(QueryProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(QueryProblem.Kind.RESULT_TOO_LARGE);
                    assertThat(problem.getMessage()).contains("TIMEOUT").contains("The service said");
                    assertThat(problem.advice()).contains("shorter time range").contains("fewer queues or fleets")
                        .contains("longer period");
                });
            // Split in halves a bounded number of times, then reported: not thousands of ever smaller requests.
            long starts = listener.steps.stream().filter(step -> step.phase() == RunProgress.Phase.STARTING).count();
            assertThat(starts).isBetween(2L, (long) ChunkedRun.MAX_SPLITS_WITHOUT_SUCCESS + 1);
        }
    }

    @Test
    void aFarmWithoutOwnerAccessExplainsTheMembershipLevel() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config()
                .usageDeniedFarmIds(Set.of(DemoFixture.farmId())))) {
            assertThatThrownBy(() -> demo.gateway.runAggregation(DemoFixture.queueAndUserQuery(),
                new RecordingListener(), () -> false))
                .isInstanceOfSatisfying(QueryProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(QueryProblem.Kind.ACCESS_DENIED);
                    assertThat(problem.advice()).contains("OWNER");
                });
        }
    }

    @Test
    void cancellingMidPagingStopsWithinOnePage() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            AtomicBoolean cancelled = new AtomicBoolean();
            RecordingListener listener = new RecordingListener(page -> {
                if (page.number() == 2) {
                    cancelled.set(true);
                }
            });

            assertThatThrownBy(() -> demo.gateway.runAggregation(DemoFixture.queueAndUserQuery(), listener,
                cancelled::get)).isInstanceOf(CancellationException.class);

            assertThat(listener.pages).hasSize(2);
        }
    }

    @Test
    void moreThanTenQueuesRunAsSeveralAggregationsWithTheSameRowsAsOne() {
        try (DemoFixture demo = new DemoFixture(DemoFixture.config())) {
            StatisticsQuery base = DemoFixture.queueAndUserQuery();
            StatisticsQuery eleven = new StatisticsQuery(base.farmId(), new ResourceSelection(
                base.resourceKind(), DemoFixture.queueIds(11)), base.range(), base.offset(), base.period(),
                base.groupBy(), base.statistics());
            RecordingListener listener = new RecordingListener();

            demo.gateway.runAggregation(eleven, listener, () -> false);

            DirectAggregation.assertSameRows(listener.rows, DirectAggregation.of(DemoFixture.STUDIO, eleven), eleven);
            assertThat(listener.steps).extracting(step -> step.chunk().label())
                .contains("chunk 1 of 2: queues 1-10", "chunk 2 of 2: queue 11");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castRows(List<?> rows) {
        return (List<T>) rows;
    }
}
