package com.deadlinecost.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times a figure and its baseline in alternation (baseline first), so both see the same machine load: some
 * unrecorded warm-up rounds, then measured ones; each side is summarised by its median.
 *
 * @param warmups rounds run and logged but not counted
 * @param repetitions rounds counted
 * @param log where each round's times go
 */
record Alternation(int warmups, int repetitions, PrintWriter log) {

    /** One timed run; {@code measured} is false during warm-up. Returns nanoseconds. */
    @FunctionalInterface
    interface Timed {
        long nanos(boolean measured) throws Exception;
    }

    /** The medians of both sides, in nanoseconds. */
    record Medians(double baseline, double figure) {
        double ratio() {
            return figure / baseline;
        }
    }

    Medians run(String what, String baselineName, Timed baseline, String figureName, Timed figure)
            throws Exception {
        long[] baselineNanos = new long[repetitions];
        long[] figureNanos = new long[repetitions];
        for (int round = -warmups; round < repetitions; round++) {
            boolean measured = round >= 0;
            long first = baseline.nanos(measured);
            long second = figure.nanos(measured);
            log.printf(Locale.ROOT, "  %s %s %d: %s %s, %s %s%n", what, measured ? "run" : "warm-up",
                measured ? round + 1 : -round, baselineName, Figure.millis(first), figureName, Figure.millis(second));
            log.flush();
            if (measured) {
                baselineNanos[round] = first;
                figureNanos[round] = second;
            }
        }
        return new Medians(median(baselineNanos), median(figureNanos));
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
