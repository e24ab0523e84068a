package com.deadlinecost.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.AggregationCallCounts;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioQueue;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkGateways;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 90-day daily query run "yesterday" and again "today" against the emulator through the real SDK client: the
 * refresh takes the settled days from the history, fetches the rest, and equals a full fetch of today exactly.
 */
class IncrementalRefreshTest {
    /**
     * A Friday afternoon at the studio (UTC-8), when sessions are running: yesterday's fetch missed those still
     * running then.
     */
    static final Instant TODAY = Instant.parse("2026-11-27T21:00:00Z");
    static final Instant YESTERDAY = TODAY.minus(Duration.ofDays(1));
    static final Studio LATER = DemoStudioGenerator.generate(5L, TODAY, DemoStudioGenerator.DEFAULT_SESSIONS);
    static final Studio EARLIER = StudioAsOf.asOf(LATER, YESTERDAY);
    static final Comparator<CostRow> ORDER = Comparator.comparing(CostRow::bucket).thenComparing(CostRow::group);

    static EmulatorServer yesterdayServer;
    static EmulatorServer todayServer;

    @TempDir
    Path folder;

    @BeforeAll
    static void serve() throws IOException {
        yesterdayServer = EmulatorServer.start(EmulatorConfig.builder().studio(EARLIER).inProgress(Duration.ZERO)
            .build());
        todayServer = EmulatorServer.start(EmulatorConfig.builder().studio(LATER).inProgress(Duration.ZERO).build());
    }

    @AfterAll
    static void stop() {
        yesterdayServer.close();
        todayServer.close();
    }

    /**
     * "Last 90 days" as the window asks it at {@code end}: from midnight 89 days before to now. Every queue of the
     * farm (more than ten: two aggregations a slice), every statistic.
     */
    static StatisticsQuery ninetyDaysTo(Instant end) {
        return ninetyDaysTo(end, GroupField.USER_ID);
    }

    static StatisticsQuery ninetyDaysTo(Instant end, GroupField groupBy) {
        return ninetyDaysTo(end, groupBy, LATER.farms().get(0).farmId());
    }

    static StatisticsQuery ninetyDaysTo(Instant end, GroupField groupBy, String farm) {
        List<String> queues = LATER.queues(farm).stream().map(StudioQueue::queueId).collect(Collectors.toList());
        return new StatisticsQuery(farm, new ResourceSelection(ResourceKind.QUEUE, queues),
            new TimeRange(end.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(89)), end),
            UtcOffset.UTC, Period.DAILY,
            List.of(groupBy), EnumSet.allOf(Statistic.class));
    }

    static String farmBusiestAt(Instant moment) {
        java.util.Map<String, Integer> running = new java.util.HashMap<>();
        for (int i = 0; i < LATER.sessions().size(); i++) {
            var session = LATER.sessions().record(i);
            if (session.startTime().isBefore(moment) && session.endTime().isAfter(moment)) {
                running.merge(session.farmId(), 1, Integer::sum);
            }
        }
        long near = java.util.stream.IntStream.range(0, LATER.sessions().size()).filter(i -> Duration.between(
            LATER.sessions().record(i).startTime(), moment).abs().toHours() < 24).count();
        assertThat(running).as("sessions running at " + moment).isNotEmpty();
        return running.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static DeadlineGateway service(EmulatorServer server, Instant now) {
        return SdkGateways.open(ConnectionTarget.demo(), server.endpoint(), RunTimings.fast(),
            Clock.fixed(now, ZoneOffset.UTC));
    }

    static HistoryGateway keeping(EmulatorServer server, Instant now, HistoryStore store) {
        return new HistoryGateway(service(server, now), store, Clock.fixed(now, ZoneOffset.UTC));
    }

    static List<CostRow> run(PlannedRun run) {
        List<CostRow> rows = new ArrayList<>();
        run.run(collector(rows), () -> false);
        return sorted(rows);
    }

    static AggregationListener collector(List<CostRow> rows) {
        return new AggregationListener() {
            @Override
            public void progress(RunProgress progress) {
            }

            @Override
            public void page(RowPage page) {
                rows.addAll(page.rows());
            }
        };
    }

    static List<CostRow> sorted(List<CostRow> rows) {
        List<CostRow> copy = new ArrayList<>(rows);
        copy.sort(ORDER);
        return copy;
    }

    private HistoryStore store() {
        return HistoryStore.open(folder.resolve(HistoryStore.FILE_NAME), Clock.fixed(TODAY, ZoneOffset.UTC));
    }

    private List<CostRow> fullFetchToday() {
        try (DeadlineGateway plain = service(todayServer, TODAY)) {
            return run(plain.plan(ninetyDaysTo(TODAY)));
        }
    }

    @Test
    void aRefreshOneDayLaterTakesSettledDaysFromHistoryAndEqualsAFullFetch() {
        try (HistoryStore store = store()) {
            try (HistoryGateway yesterday = keeping(yesterdayServer, YESTERDAY, store)) {
                run(yesterday.plan(ninetyDaysTo(YESTERDAY)));
            }
            List<CostRow> full = fullFetchToday();
            AggregationCallCounts before = todayServer.aggregationCalls();
            PlannedRun refresh;
            List<CostRow> merged;
            try (HistoryGateway today = keeping(todayServer, TODAY, store)) {
                refresh = today.plan(ninetyDaysTo(TODAY));
                merged = run(refresh);
            }
            AggregationCallCounts after = todayServer.aggregationCalls();

            // Yesterday's fetch at 21:00 settled the days up to 21:00 two days before it: 86 whole days are reused,
            // the last three days and today so far are fetched.
            assertThat(refresh.note()).isEqualTo("86 days from history, 4 days fetched");
            assertThat(merged).hasSize(full.size()).containsExactlyElementsOf(full);
            // Three days of every queue: one slice, two aggregations of ten queues or fewer, one page each.
            assertThat(after.starts() - before.starts()).isEqualTo(2);
            assertThat(after.gets() - before.gets()).isEqualTo(2);
            List<HistoryEntry> kept = store.list();
            assertThat(kept).hasSize(2);
            assertThat(kept.get(0).fetchedAt()).isEqualTo(TODAY);
            assertThat(sorted(store.load(kept.get(0).id()).rows())).containsExactlyElementsOf(full);
        }
    }

    @Test
    void bucketsYoungerThanTheSettleWindowWhenFetchedAreFetchedAgain() {
        String farm = farmBusiestAt(YESTERDAY);
        StatisticsQuery yesterdays = lastWeekHourly(YESTERDAY, farm);
        StatisticsQuery todays = lastWeekHourly(TODAY, farm);
        List<CostRow> full;
        try (DeadlineGateway plain = service(todayServer, TODAY)) {
            full = run(plain.plan(todays));
        }
        try (HistoryStore store = store()) {
            try (HistoryGateway yesterday = keeping(yesterdayServer, YESTERDAY, store)) {
                run(yesterday.plan(yesterdays));
            }
            try (HistoryGateway today = keeping(todayServer, TODAY, store)) {
                PlannedRun refresh = today.plan(todays);
                // The default 48 hours: only the hours that ended two days before yesterday's fetch are reused.
                assertThat(run(refresh)).containsExactlyElementsOf(full);
                assertThat(refresh.note()).isEqualTo("96 hours from history, 72 hours fetched");
            }
        }
        try (HistoryStore store = HistoryStore.open(folder.resolve("no-settling.db"),
                Clock.fixed(TODAY, ZoneOffset.UTC))) {
            store.saveSettings(new HistorySettings(Duration.ZERO, HistorySettings.DEFAULT_CAP_BYTES));
            try (HistoryGateway yesterday = keeping(yesterdayServer, YESTERDAY, store)) {
                run(yesterday.plan(yesterdays));
            }
            try (HistoryGateway today = keeping(todayServer, TODAY, store)) {
                PlannedRun refresh = today.plan(todays);
                // Without a settle window the hour before yesterday's fetch is reused, though it lacked the sessions
                // still running then.
                assertThat(run(refresh)).isNotEqualTo(full);
                assertThat(refresh.note()).isEqualTo("144 hours from history, 24 hours fetched");
            }
        }
    }

    static StatisticsQuery lastWeekHourly(Instant end, String farm) {
        List<String> queues = LATER.queues(farm).stream().map(StudioQueue::queueId).collect(Collectors.toList());
        return new StatisticsQuery(farm, new ResourceSelection(ResourceKind.QUEUE, queues),
            new TimeRange(end.minus(Duration.ofDays(7)), end), UtcOffset.UTC, Period.HOURLY,
            List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM, Statistic.MAX));
    }

    @Test
    void refreshEverythingAsksTheServiceForTheWholeRange() {
        // By job: enough rows for many pages, so that pages read tell a whole range from three days.
        StatisticsQuery yesterdays = ninetyDaysTo(YESTERDAY, GroupField.JOB_ID);
        StatisticsQuery todays = ninetyDaysTo(TODAY, GroupField.JOB_ID);
        try (HistoryStore store = store()) {
            try (HistoryGateway yesterday = keeping(yesterdayServer, YESTERDAY, store)) {
                run(yesterday.plan(yesterdays));
            }
            List<CostRow> full;
            long fullGets = todayServer.aggregationCalls().gets();
            try (DeadlineGateway plain = service(todayServer, TODAY)) {
                full = run(plain.plan(todays));
            }
            fullGets = todayServer.aggregationCalls().gets() - fullGets;
            try (HistoryGateway today = keeping(todayServer, TODAY, store)) {
                long before = todayServer.aggregationCalls().gets();
                PlannedRun fresh = today.planFresh(todays);
                assertThat(run(fresh)).containsExactlyElementsOf(full);
                assertThat(fresh.note()).isEmpty();
                assertThat(todayServer.aggregationCalls().gets() - before).isEqualTo(fullGets);
                before = todayServer.aggregationCalls().gets();
                PlannedRun refresh = today.plan(todays);
                assertThat(run(refresh)).containsExactlyElementsOf(full);
                assertThat(todayServer.aggregationCalls().gets() - before).isLessThan(fullGets);
            }
        }
    }

    @Test
    void aCancelledRunIsKeptMarkedAndReplacedWhenResumedToTheEnd() {
        try (HistoryStore store = store(); HistoryGateway today = keeping(todayServer, TODAY, store)) {
            // By queue, rows stream chunk by chunk, so the run can stop after its first chunk.
            StatisticsQuery query = ninetyDaysTo(TODAY, GroupField.QUEUE_ID);
            PlannedRun run = today.plan(query);
            List<CostRow> rows = new ArrayList<>();
            AggregationListener collect = collector(rows);
            try {
                run.run(collect, () -> !rows.isEmpty());
            } catch (CancellationException expected) {
                // The run stops after its first page.
            }
            assertThat(store.list()).singleElement().satisfies(entry -> {
                assertThat(entry.complete()).isFalse();
                assertThat(entry.rowCount()).isEqualTo(rows.size()).isPositive();
            });
            assertThat(store.overlapping(ResultToStore.identity(ConnectionTarget.demo()), query)).isEmpty();
            run.run(collect, () -> false);
            assertThat(store.list()).singleElement().satisfies(entry -> assertThat(entry.complete()).isTrue());
            try (DeadlineGateway plain = service(todayServer, TODAY)) {
                assertThat(sorted(rows)).containsExactlyElementsOf(run(plain.plan(query)));
            }
        }
    }

    @Test
    void followUpQueriesReuseTheHistoryButAreNotKeptInIt() {
        try (HistoryStore store = store()) {
            try (HistoryGateway yesterday = keeping(yesterdayServer, YESTERDAY, store)) {
                run(yesterday.plan(ninetyDaysTo(YESTERDAY)));
            }
            try (HistoryGateway today = keeping(todayServer, TODAY, store)) {
                PlannedRun followUp = HistoryGateway.forFollowUps(today).plan(ninetyDaysTo(TODAY));

                assertThat(run(followUp)).containsExactlyElementsOf(fullFetchToday());
                assertThat(followUp.note()).isEqualTo("86 days from history, 4 days fetched");
            }
            // Only the run the user made is in the history (fullFetchToday keeps nothing: it has no store).
            assertThat(store.list()).singleElement().satisfies(entry -> assertThat(entry.fetchedAt())
                .isEqualTo(YESTERDAY));
        }
    }

    @Test
    void aFullDiskLeavesTheRowsWithTheCallerAndSaysWhyTheyWereNotKept() throws Exception {
        try (HistoryStore store = store(); HistoryGateway today = keeping(todayServer, TODAY, store)) {
            store.limitPages(HistoryPages.current(store));
            PlannedRun run = today.plan(ninetyDaysTo(TODAY));
            assertThat(run(run)).containsExactlyElementsOf(fullFetchToday());
            assertThat(run.note()).isEqualTo("not kept in history: Could not save the result in the history: the disk"
                + " is full. Free some space or lower the history's size cap in Settings.");
            assertThat(store.list()).isEmpty();
        }
    }
}
