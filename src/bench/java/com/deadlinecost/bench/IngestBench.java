package com.deadlinecost.bench;

import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkDeadlineGateway;
import com.deadlinecost.ui.common.FxTaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.deadline.model.Statistics;

/**
 * The end-to-end figures on the embedded emulator: ingest overhead (the app's pipeline vs a bare paginator loop,
 * alternating, medians), FX-thread responsiveness during the app's runs, and memory per row (the app's rows vs
 * the SDK's {@code Statistics} for the same rows, sized exactly by JOL).
 */
final class IngestBench {
    static final double INGEST_TARGET = 1.15;
    static final double LONGEST_GAP_TARGET_MS = 50;
    static final double P99_GAP_TARGET_MS = 20;
    static final double MEMORY_TARGET = 0.25;
    private static final int WORKER_THREADS = 4;

    private final Alternation rounds;

    IngestBench(Alternation rounds) {
        this.rounds = rounds;
    }

    List<Figure> run(boolean ingest, boolean memory) throws Exception {
        HeadlessFx.start();
        StatisticsQuery query = BenchStudio.query();
        EmulatorConfig config = EmulatorConfig.builder().studio(BenchStudio.generate()).inProgress(Duration.ZERO)
            .resultRowLimit(10 * BenchStudio.ROWS).build();
        FxTaskRunner taskRunner = new FxTaskRunner(WORKER_THREADS);
        List<Figure> figures = new ArrayList<>();
        try (EmulatorServer server = EmulatorServer.start(config);
             SdkClients baselineClients = SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0);
             SdkDeadlineGateway gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
                 SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0), RunTimings.standard(),
                 Clock.systemUTC())) {
            PaginatorLoop baseline = new PaginatorLoop(baselineClients.deadline(), query);
            AppPipeline app = AppPipeline.open(gateway, taskRunner);
            if (ingest) {
                figures.addAll(ingestFigures(baseline, app, query));
            } else {
                app.runOnce(query, BenchStudio.ROWS, false);
            }
            if (memory) {
                figures.add(memoryFigure(baseline, app.rowsCopy()));
            }
            app.close();
        } finally {
            taskRunner.shutdown();
        }
        return figures;
    }

    private List<Figure> ingestFigures(PaginatorLoop baseline, AppPipeline app, StatisticsQuery query)
            throws Exception {
        Alternation.Medians medians = rounds.run("ingest", "paginator", measured -> {
            long started = System.nanoTime();
            long rows = baseline.run();
            if (rows != BenchStudio.ROWS) {
                throw new IllegalStateException("the baseline read " + rows + " rows, not " + BenchStudio.ROWS);
            }
            return System.nanoTime() - started;
        }, "app", measured -> app.runOnce(query, BenchStudio.ROWS, measured));
        double bareMedian = medians.baseline();
        double fullMedian = medians.figure();
        double ratio = medians.ratio();
        PulseGaps gaps = app.gaps();
        double longest = gaps.longestNanos() / 1e6;
        double p99 = gaps.percentileNanos(99) / 1e6;
        return List.of(
            Figure.judged("1 Ingest 100k rows (median of " + rounds.repetitions() + ")", Figure.millis(fullMedian),
                Figure.millis(bareMedian) + " paginator", ratio, "<= " + INGEST_TARGET + "x",
                ratio <= INGEST_TARGET),
            Figure.judged("2a FX longest pulse gap (" + gaps.count() + " pulses)",
                String.format(Locale.ROOT, "%.1f ms", longest), "16.7 ms (60 Hz)", longest / (1000.0 / 60),
                "<= " + (int) LONGEST_GAP_TARGET_MS + " ms", longest <= LONGEST_GAP_TARGET_MS),
            Figure.judged("2b FX p99 pulse gap", String.format(Locale.ROOT, "%.1f ms (p50 %.1f, p90 %.1f)", p99,
                gaps.percentileNanos(50) / 1e6, gaps.percentileNanos(90) / 1e6), "16.7 ms (60 Hz)",
                p99 / (1000.0 / 60), "<= " + (int) P99_GAP_TARGET_MS + " ms", p99 <= P99_GAP_TARGET_MS));
    }

    private Figure memoryFigure(PaginatorLoop baseline, List<CostRow> rows) {
        List<Statistics> sdkRows = new ArrayList<>(BenchStudio.ROWS);
        baseline.read(sdkRows::add);
        if (rows.size() != sdkRows.size()) {
            throw new IllegalStateException(rows.size() + " app rows but " + sdkRows.size() + " SDK rows");
        }
        long appBytes = GraphLayout.parseInstance(rows).totalSize();
        long sdkBytes = GraphLayout.parseInstance(sdkRows).totalSize();
        double ratio = (double) appBytes / sdkBytes;
        return Figure.judged("3 Memory per row (JOL, 100k rows)", bytesPerRow(appBytes, rows.size()),
            bytesPerRow(sdkBytes, sdkRows.size()) + " SDK", ratio, "<= " + MEMORY_TARGET + "x",
            ratio <= MEMORY_TARGET);
    }

    private static String bytesPerRow(long bytes, int rows) {
        return String.format(Locale.ROOT, "%.0f B/row", (double) bytes / rows);
    }
}
