package com.deadlinecost.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH figures (regroup, emulator aggregation): one fork, 3 warm-up and 5 measured iterations of 1 s. */
final class MicroBenchmarks {
    static final double REGROUP_TARGET_MS = 100;
    static final double AGGREGATION_TARGET_MS = 1_000;

    private final Path log;

    /** @param log the file JMH's own output goes to */
    MicroBenchmarks(Path log) {
        this.log = log;
    }

    List<Figure> run(boolean regroup, boolean emulator) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .timeUnit(TimeUnit.MILLISECONDS)
            .jvmArgsAppend("-Xmx3g")
            .output(log.toString());
        if (regroup) {
            options.include(RegroupBenchmark.class.getName() + "\\.");
        }
        if (emulator) {
            options.include(EmulatorAggregationBenchmark.class.getName() + "\\.");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            millis.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        List<Figure> figures = new ArrayList<>();
        if (regroup) {
            double fold = millis.get("topSeriesFold");
            double baseline = millis.get("groupingByBaseline");
            figures.add(Figure.judged("4 Chart regroup 1M rows (JMH)", ms(fold), ms(baseline) + " groupingBy",
                fold / baseline, "<= " + (int) REGROUP_TARGET_MS + " ms", fold <= REGROUP_TARGET_MS));
        }
        if (emulator) {
            double aggregation = millis.get("dailyByQueueAndUser");
            double perSecond = EmulatorAggregationBenchmark.SESSIONS / (aggregation / 1000);
            figures.add(Figure.judged("5 Emulator aggregation 1M sessions (JMH)", String.format(Locale.ROOT,
                "%s = %.1fM sessions/s", ms(aggregation), perSecond / 1e6), "-", Double.NaN,
                "<= " + (int) AGGREGATION_TARGET_MS + " ms", aggregation <= AGGREGATION_TARGET_MS));
        }
        return figures;
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
