package com.deadlinecost.bench;

import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.studio.LargeStudioGenerator;
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
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkDeadlineGateway;
import com.deadlinecost.ui.common.FxTaskRunner;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jol.info.GraphLayout;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Figure 9: about 1,000,000 rows, hourly by job over the three months of the large generated studio
 * ({@link LargeStudioGenerator}), into the app's results as the main window wires them ({@link AppPipeline}),
 * against the bare SDK paginator reading the same rows (the range in two halves, as the app's planner also cuts
 * a range of more than 1,500 buckets). One round each: the load time, the FX pulse gaps during the app's load, and
 * the heap the load left behind (after a full GC, the emulator's results dropped) against the rows' own size (JOL).
 */
final class MillionRowBench {
    static final String NAME = "9 1M rows hourly by job";
    static final double HEAP_TARGET = 1.5;
    static final double LONGEST_GAP_TARGET_MS = 50;
    private static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");

    private final PrintWriter out;

    MillionRowBench(PrintWriter out) {
        this.out = out;
    }

    List<Figure> run() throws Exception {
        HeadlessFx.start();
        long generating = System.nanoTime();
        Studio studio = LargeStudioGenerator.generate(NOW, LargeStudioGenerator.DEFAULT_ROWS);
        int expected = LargeStudioGenerator.rowsFor(LargeStudioGenerator.DEFAULT_ROWS);
        out.printf(Locale.ROOT, "  large studio generated in %s%n", Figure.millis(System.nanoTime() - generating));
        StatisticsQuery query = query(studio);
        FxTaskRunner taskRunner = new FxTaskRunner(4);
        AppPipeline app = null;
        long heapBefore;
        Times times;
        try {
            app = AppPipeline.open(taskRunner);
            heapBefore = HeapUse.usedAfterGc();
            times = load(studio, query, expected, app);
        } finally {
            taskRunner.shutdown();
        }
        PulseGaps gaps = app.gaps();
        long heapAfter = HeapUse.usedAfterGc();
        List<CostRow> rows = app.rowsCopy();
        long rowBytes = GraphLayout.parseInstance(rows).totalSize();
        long grown = heapAfter - heapBefore;
        app.close();
        double heapRatio = (double) grown / rowBytes;
        double longest = gaps.longestNanos() / 1e6;
        out.printf(Locale.ROOT, "  heap after GC grown by %.1f MiB; rows (JOL) %.1f MiB%n", HeapUse.mib(grown),
            HeapUse.mib(rowBytes));
        return List.of(
            new Figure(NAME + ": load", Figure.millis(times.app()), Figure.millis(times.paginator()) + " paginator",
                (double) times.app() / times.paginator(), "-", "-"),
            Figure.judged(NAME + ": longest FX pulse gap (" + gaps.count() + " pulses)", String.format(Locale.ROOT,
                "%.1f ms (p99 %.1f)", longest, gaps.percentileNanos(99) / 1e6), "16.7 ms (60 Hz)",
                longest / (1000.0 / 60), "<= " + (int) LONGEST_GAP_TARGET_MS + " ms",
                longest <= LONGEST_GAP_TARGET_MS),
            Figure.judged(NAME + ": heap grown by loading", String.format(Locale.ROOT, "%.1f MiB", HeapUse.mib(grown)),
                String.format(Locale.ROOT, "%.1f MiB rows (JOL)", HeapUse.mib(rowBytes)), heapRatio,
                "<= " + HEAP_TARGET + "x", heapRatio <= HEAP_TARGET));
    }

    /** The paginator's and the app's load times, in nanoseconds. */
    private record Times(long paginator, long app) {
    }

    /**
     * Both loads on one emulator, closed before returning: its finished aggregations are the server's memory, in
     * this JVM only because the emulator is embedded, and must not count as the app's.
     */
    private Times load(Studio studio, StatisticsQuery query, int expected, AppPipeline app) throws Exception {
        EmulatorConfig config = EmulatorConfig.builder().studio(studio).inProgress(Duration.ZERO)
            .resultRowLimit(2 * expected).build();
        try (EmulatorServer server = EmulatorServer.start(config);
             SdkClients baselineClients = SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0);
             SdkDeadlineGateway gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
                 SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0), RunTimings.standard(),
                 Clock.systemUTC())) {
            long started = System.nanoTime();
            long read = 0;
            for (StatisticsQuery half : halves(query)) {
                read += new PaginatorLoop(baselineClients.deadline(), half).run();
            }
            long bare = System.nanoTime() - started;
            if (read != expected) {
                throw new IllegalStateException("the baseline read " + read + " rows, not " + expected);
            }
            out.printf(Locale.ROOT, "  paginator: %,d rows in %s%n", read, Figure.millis(bare));
            out.flush();
            long loaded = app.runOnce(gateway, query, expected, Duration.ofMinutes(20));
            PulseGaps gaps = app.gaps();
            out.printf(Locale.ROOT, "  app: %,d rows in %s, %d pulses, longest gap %.1f ms, p99 %.1f ms%n", expected,
                Figure.millis(loaded), gaps.count(), gaps.longestNanos() / 1e6, gaps.percentileNanos(99) / 1e6);
            out.flush();
            return new Times(bare, loaded);
        }
    }

    /** Hourly by job over every queue of the large studio's three months. */
    private static StatisticsQuery query(Studio studio) {
        String farmId = studio.farms().get(0).farmId();
        List<String> queues = studio.queues(farmId).stream().map(StudioQueue::queueId).collect(Collectors.toList());
        return new StatisticsQuery(farmId, new ResourceSelection(ResourceKind.QUEUE, queues), new TimeRange(
            LargeStudioGenerator.rangeStart(NOW), LargeStudioGenerator.rangeEnd(NOW)), UtcOffset.UTC, Period.HOURLY,
            List.of(GroupField.JOB_ID), EnumSet.allOf(Statistic.class));
    }

    /** The query's range cut in two at an hour: each half within the service's 1,500 buckets. */
    private static List<StatisticsQuery> halves(StatisticsQuery query) {
        Instant middle = query.range().start().plus(Duration.ofHours(LargeStudioGenerator.HOURS / 2));
        return List.of(within(query, new TimeRange(query.range().start(), middle)),
            within(query, new TimeRange(middle, query.range().end())));
    }

    private static StatisticsQuery within(StatisticsQuery query, TimeRange range) {
        return new StatisticsQuery(query.farmId(), query.resources(), range, query.offset(), query.period(),
            query.groupBy(), query.statistics());
    }
}
