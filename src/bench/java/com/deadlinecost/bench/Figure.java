package com.deadlinecost.bench;

import java.util.Locale;

/**
 * One row of the benchmark table: what was measured, against what, and whether it met its target.
 *
 * @param name the figure
 * @param measured the product's number, formatted
 * @param baseline the baseline's number, formatted ("-" when the target is absolute)
 * @param ratio measured over baseline, or NaN when there is no baseline
 * @param target the target, in words
 * @param verdict PASS, FAIL or a reason it was skipped
 */
record Figure(String name, String measured, String baseline, double ratio, String target, String verdict) {
    static final String PASS = "PASS";
    static final String FAIL = "FAIL";

    static Figure judged(String name, String measured, String baseline, double ratio, String target, boolean met) {
        return new Figure(name, measured, baseline, ratio, target, met ? PASS : FAIL);
    }

    static Figure skipped(String name, String target, String why) {
        return new Figure(name, "-", "-", Double.NaN, target, "skipped (" + why + ")");
    }

    String ratioText() {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    boolean failed() {
        return FAIL.equals(verdict);
    }

    static String millis(double nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
