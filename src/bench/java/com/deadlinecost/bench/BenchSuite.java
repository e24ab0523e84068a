package com.deadlinecost.bench;

import com.deadlinecost.app.bench.BenchmarkSuite;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.RowMapperAllocation;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jol.info.ClassLayout;

/**
 * The whole benchmark suite: the JMH figures in forked JVMs, the end-to-end figures on a headless JavaFX
 * toolkit in this JVM, start-up as child JVMs on the display; then one table. Run by bench/run.sh through
 * {@code deadline-cost-explorer bench}.
 */
public final class BenchSuite implements BenchmarkSuite {
    static final List<String> FIGURES = List.of("regroup", "emulator", "ingest", "fx", "memory", "chart", "demo",
        "million", "history", "startup");

    @Override
    public int run(PrintWriter out, Set<String> only) throws Exception {
        for (String name : only) {
            if (!FIGURES.contains(name)) {
                throw new IllegalArgumentException("Unknown figure '" + name + "'; the figures are " + FIGURES);
            }
        }
        Set<String> chosen = only.isEmpty() ? Set.copyOf(FIGURES) : only;
        Path workDir = Path.of(System.getProperty("dce.bench.dir", "target/bench"));
        Files.createDirectories(workDir);
        out.println("Machine: " + machine());
        out.println("Load average at start: " + loadAverage());
        out.flush();
        FigureTable table = new FigureTable();
        try {
            runFigures(chosen, workDir, table, out);
        } finally {
            HeadlessFx.stop();
        }
        out.println();
        out.println("Load average at end: " + loadAverage());
        out.println();
        table.print(out);
        return table.anyFailed() ? 1 : 0;
    }

    private static void runFigures(Set<String> chosen, Path workDir, FigureTable table, PrintWriter out) {
        if (chosen.contains("regroup") || chosen.contains("emulator")) {
            out.println("JMH: regroup and emulator aggregation (output in " + workDir.resolve("jmh.log") + ")");
            section(table, out, "4/5 JMH", () -> new MicroBenchmarks(workDir.resolve("jmh.log"))
                .run(chosen.contains("regroup"), chosen.contains("emulator")));
        }
        boolean ingest = chosen.contains("ingest") || chosen.contains("fx");
        if (ingest || chosen.contains("memory")) {
            out.println("Ingest of " + BenchStudio.ROWS + " rows on the embedded emulator, headless JavaFX");
            section(table, out, "1-3 ingest", () -> new IngestBench(new Alternation(2, 5, out))
                .run(ingest, chosen.contains("memory")));
        }
        if (chosen.contains("memory")) {
            section(table, out, "3b row mapper", () -> List.of(rowMapperAllocation()));
        }
        if (chosen.contains("chart")) {
            out.println("Chart paint of 10 series x 17,520 hourly buckets, headless JavaFX");
            section(table, out, ChartPaintBench.NAME, () -> new ChartPaintBench(out).run());
        }
        if (chosen.contains("demo")) {
            out.println("The two-year hourly all-queue demo query in the main window, headless JavaFX");
            section(table, out, DemoQueryBench.NAME, () -> new DemoQueryBench(out).run(workDir));
        }
        if (chosen.contains("million")) {
            out.println("About 1,000,000 rows hourly by job (the large studio) into the results, headless JavaFX");
            section(table, out, MillionRowBench.NAME, () -> new MillionRowBench(out).run());
        }
        if (chosen.contains("history")) {
            out.println("The result history: reopen 100k rows vs fetch, bytes per row, a refresh one day later");
            section(table, out, HistoryBench.NAME, () -> new HistoryBench(new Alternation(1, 5, out), out)
                .run(workDir));
        }
        if (chosen.contains("startup")) {
            out.println("Start-up under DISPLAY=" + System.getenv("DISPLAY"));
            section(table, out, StartupBench.NAME,
                () -> List.of(new StartupBench(new Alternation(0, 5, out), workDir).run()));
        }
    }

    /**
     * What mapping an SDK item to a row allocates, against the row itself (the JVM's allocation counter); the 5 %
     * above the row are the run's shared keys and buckets.
     */
    private static Figure rowMapperAllocation() {
        double perRow = RowMapperAllocation.bytesPerRow();
        long rowSize = ClassLayout.parseClass(CostRow.class).instanceSize();
        return Figure.judged("3b Row mapper allocation per row", String.format(Locale.ROOT, "%.1f B/row", perRow),
            rowSize + " B CostRow (JOL)", perRow / rowSize, "<= 1.05x", perRow <= rowSize * 1.05);
    }

    /** Runs one part; a part that breaks becomes a failed row, and the other parts still run. */
    private static void section(FigureTable table, PrintWriter out, String name, Section work) {
        out.flush();
        try {
            table.addAll(work.figures());
        } catch (Exception e) {
            e.printStackTrace(out);
            table.add(new Figure(name, "-", "-", Double.NaN, "-", Figure.FAIL + " (" + e + ")"));
        }
    }

    /** A part of the suite. */
    @FunctionalInterface
    private interface Section {
        List<Figure> figures() throws Exception;
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        long totalMemory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d CPUs, %.1f GiB RAM, max heap %.1f GiB, %s %s (%s)",
            runtime.availableProcessors(), totalMemory / (double) (1L << 30),
            runtime.maxMemory() / (double) (1L << 30), System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"), System.getProperty("os.name"));
    }

    static String loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%.2f (1 min)", os.getSystemLoadAverage());
    }

    /** Runs the suite without the command line: {@code BenchSuite [figure...]}. */
    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        System.exit(new BenchSuite().run(out, Set.of(args)));
    }
}
