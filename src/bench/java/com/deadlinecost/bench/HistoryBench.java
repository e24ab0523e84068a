package com.deadlinecost.bench;

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
import com.deadlinecost.service.connection.SdkClients;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkDeadlineGateway;
import com.deadlinecost.service.deadline.SdkGateways;
import com.deadlinecost.service.history.HistoryEntry;
import com.deadlinecost.service.history.HistoryGateway;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.history.StudioAsOf;
import com.deadlinecost.ui.common.FxTaskRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Figure 10, the result history: (a) reopening a stored 100,000-row result to a painted table and chart against
 * fetching it from the embedded emulator (alternating, medians); (b) bytes a row takes in the history file; (c) a
 * 90-day daily query of the demo studio run yesterday and again today: the GetSessionsStatisticsAggregation calls
 * the refresh makes against those of a full fetch.
 */
final class HistoryBench {
    static final String NAME = "10 History";
    static final double REOPEN_TARGET = 0.2;
    static final double BYTES_PER_ROW_TARGET = 100;
    /** A Thursday afternoon at the demo studio (UTC-8), sessions running; "today" is the day after. */
    static final Instant YESTERDAY = Instant.parse("2026-11-26T21:00:00Z");
    static final Instant TODAY = YESTERDAY.plus(Duration.ofDays(1));
    private static final int WORKER_THREADS = 4;

    private final Alternation rounds;
    private final PrintWriter out;

    HistoryBench(Alternation rounds, PrintWriter out) {
        this.rounds = rounds;
        this.out = out;
    }

    List<Figure> run(Path workDir) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Path folder = Files.createTempDirectory(workDir, "history");
        figures.addAll(reopenAndSize(folder.resolve("reopen.db")));
        figures.add(refreshCalls(folder.resolve("refresh.db")));
        return figures;
    }

    private List<Figure> reopenAndSize(Path file) throws Exception {
        HeadlessFx.start();
        StatisticsQuery query = BenchStudio.query();
        EmulatorConfig config = EmulatorConfig.builder().studio(BenchStudio.generate()).inProgress(Duration.ZERO)
            .resultRowLimit(10 * BenchStudio.ROWS).build();
        FxTaskRunner taskRunner = new FxTaskRunner(WORKER_THREADS);
        try (EmulatorServer server = EmulatorServer.start(config);
             HistoryStore store = HistoryStore.open(file, Clock.systemUTC());
             SdkDeadlineGateway gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
                 SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0), RunTimings.standard(),
                 Clock.systemUTC())) {
            DeadlineGateway keeping = new HistoryGateway(gateway, store, Clock.systemUTC());
            collect(keeping.planFresh(query));
            HistoryEntry entry = store.list().get(0);
            AppPipeline app = AppPipeline.open(gateway, taskRunner);
            Alternation.Medians medians = rounds.run("reopen", "fetch", measured -> {
                app.clear();
                return app.runOnce(query, BenchStudio.ROWS, false);
            }, "reopen", measured -> {
                app.clear();
                return app.showOnce(() -> store.load(entry.id()).rows(), query, BenchStudio.ROWS);
            });
            long fileBytes = Files.size(file) + sizeIfAny(file.resolveSibling(file.getFileName() + "-wal"));
            double stored = (double) entry.bytes() / entry.rowCount();
            double onDisk = (double) fileBytes / entry.rowCount();
            out.printf(Locale.ROOT, "History: %,d rows stored in %,d bytes (%.1f B/row), file %,d bytes (%.1f B/row)%n",
                entry.rowCount(), entry.bytes(), stored, fileBytes, onDisk);
            out.flush();
            return List.of(
                Figure.judged(NAME + " reopen 100k rows to table and chart (median of " + rounds.repetitions()
                    + ")", Figure.millis(medians.figure()), Figure.millis(medians.baseline()) + " fetch",
                    medians.ratio(), "<= " + REOPEN_TARGET + "x", medians.ratio() <= REOPEN_TARGET),
                Figure.judged(NAME + " disk bytes per row (file, 100k rows, 4 statistics)",
                    String.format(Locale.ROOT, "%.1f B/row (rows blob %.1f)", onDisk, stored), "-", Double.NaN,
                    "< " + (int) BYTES_PER_ROW_TARGET + " B/row (1M rows < 100 MB)", onDisk < BYTES_PER_ROW_TARGET));
        } finally {
            taskRunner.shutdown();
            HeadlessFx.stop();
        }
    }

    private Figure refreshCalls(Path file) throws Exception {
        Studio later = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, TODAY,
            DemoStudioGenerator.DEFAULT_SESSIONS);
        Studio earlier = StudioAsOf.asOf(later, YESTERDAY);
        try (EmulatorServer yesterdayServer = EmulatorServer.start(EmulatorConfig.builder().studio(earlier)
                .inProgress(Duration.ZERO).build());
             EmulatorServer todayServer = EmulatorServer.start(EmulatorConfig.builder().studio(later)
                 .inProgress(Duration.ZERO).build());
             HistoryStore store = HistoryStore.open(file, Clock.fixed(TODAY, ZoneOffset.UTC))) {
            try (DeadlineGateway yesterday = new HistoryGateway(service(yesterdayServer, YESTERDAY), store,
                    Clock.fixed(YESTERDAY, ZoneOffset.UTC))) {
                collect(yesterday.plan(lastNinetyDays(later, YESTERDAY)));
            }
            StatisticsQuery query = lastNinetyDays(later, TODAY);
            AggregationCallCounts before = todayServer.aggregationCalls();
            List<CostRow> full;
            try (DeadlineGateway plain = service(todayServer, TODAY)) {
                full = collect(plain.plan(query));
            }
            AggregationCallCounts afterFull = todayServer.aggregationCalls();
            PlannedRun refresh;
            List<CostRow> merged;
            try (DeadlineGateway today = new HistoryGateway(service(todayServer, TODAY), store,
                    Clock.fixed(TODAY, ZoneOffset.UTC))) {
                refresh = today.plan(query);
                merged = collect(refresh);
            }
            AggregationCallCounts afterRefresh = todayServer.aggregationCalls();
            long fullGets = afterFull.gets() - before.gets();
            long refreshGets = afterRefresh.gets() - afterFull.gets();
            boolean equal = sorted(merged).equals(sorted(full));
            out.printf(Locale.ROOT, "History refresh: %s; %,d rows, equal to a full fetch: %s; Start calls %d vs %d,"
                + " Get calls %d vs %d%n", refresh.note(), merged.size(), equal,
                afterRefresh.starts() - afterFull.starts(), afterFull.starts() - before.starts(), refreshGets,
                fullGets);
            out.flush();
            return Figure.judged(NAME + " 90-day daily re-run a day later (" + refresh.note() + ")",
                refreshGets + " Get calls", fullGets + " full fetch", (double) refreshGets / fullGets,
                "fetches only the unsettled days; equal rows", equal && refreshGets < fullGets);
        }
    }

    /** "Last 90 days" as the window asks it: midnight 89 days ago to now; every queue of the first farm. */
    private static StatisticsQuery lastNinetyDays(Studio studio, Instant now) {
        String farm = studio.farms().get(0).farmId();
        List<String> queues = studio.queues(farm).stream().map(StudioQueue::queueId).collect(Collectors.toList());
        return new StatisticsQuery(farm, new ResourceSelection(ResourceKind.QUEUE, queues),
            new TimeRange(now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(89)), now), UtcOffset.UTC,
            Period.DAILY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID), EnumSet.of(Statistic.SUM));
    }

    private static DeadlineGateway service(EmulatorServer server, Instant now) {
        return SdkGateways.open(ConnectionTarget.demo(), server.endpoint(), RunTimings.fast(),
            Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<CostRow> collect(PlannedRun run) {
        List<CostRow> rows = new ArrayList<>();
        run.run(new AggregationListener() {
            @Override
            public void progress(RunProgress progress) {
            }

            @Override
            public void page(RowPage page) {
                rows.addAll(page.rows());
            }
        }, () -> false);
        return rows;
    }

    private static List<CostRow> sorted(List<CostRow> rows) {
        List<CostRow> copy = new ArrayList<>(rows);
        copy.sort(java.util.Comparator.comparing(CostRow::bucket).thenComparing(CostRow::group));
        return copy;
    }

    private static long sizeIfAny(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
