package com.deadlinecost.app.bench;

import java.io.PrintWriter;
import java.util.Set;

/**
 * The benchmark suite behind {@code deadline-cost-explorer bench}. It lives in the source tree's
 * {@code src/bench} (it needs JMH and a headless JavaFX toolkit, which the app does not ship) and is found
 * with {@link java.util.ServiceLoader} when {@code bench/run.sh} puts it on the class path.
 */
public interface BenchmarkSuite {

    /**
     * Runs the figures and prints their table.
     *
     * @param out where progress and the table go
     * @param only the figures to run (their short names); empty runs all
     * @return 0 when every figure that ran met its target, 1 otherwise
     */
    int run(PrintWriter out, Set<String> only) throws Exception;
}
