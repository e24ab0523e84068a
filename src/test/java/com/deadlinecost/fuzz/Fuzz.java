package com.deadlinecost.fuzz;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The seeded share of the fault and fuzz suites. {@code verify} runs a small, fixed-seed share, so a failure there
 * reproduces on every machine; {@code -Pfuzz} ({@code dce.fuzz=true}) runs thousands with a fresh seed and prints it;
 * {@code -Ddce.fuzz.seed=N} replays a run. Each suite prints one summary line, which RELIABILITY.md quotes.
 *
 * <p>A hand-written harness rather than jqwik: from 1.10 jqwik asks not to be used by AI coding agents, which write
 * much of this project; the generators here are small and the seed is all a failure needs to reproduce.
 */
public final class Fuzz {
    /** The seed of {@code verify}: any fixed number; a date is easy to recognise in a log. */
    public static final long VERIFY_SEED = 20_261_130L;
    private static final boolean FULL = Boolean.getBoolean("dce.fuzz");
    private static final long SEED = chooseSeed();

    private Fuzz() {
    }

    private static long chooseSeed() {
        String given = System.getProperty("dce.fuzz.seed");
        if (given != null && !given.isBlank()) {
            return Long.parseLong(given.trim());
        }
        return FULL ? new SecureRandom().nextLong() : VERIFY_SEED;
    }

    /** Whether this is a {@code -Pfuzz} run. */
    public static boolean full() {
        return FULL;
    }

    public static long seed() {
        return SEED;
    }

    /** {@code verify} tries in a normal build, {@code full} in a {@code -Pfuzz} run. */
    public static int tries(int verify, int full) {
        return FULL ? full : verify;
    }

    /** A generator for one suite: the run's seed mixed with the suite's name, so suites draw independently. */
    public static SplittableRandom random(String suite) {
        return new SplittableRandom(SEED ^ (long) suite.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** Counts outcomes by name and prints the summary line. */
    public static final class Tally {
        private final String suite;
        private final Map<String, Integer> outcomes = new TreeMap<>();
        private int inputs;

        public Tally(String suite) {
            this.suite = suite;
        }

        public void add(String outcome) {
            inputs++;
            outcomes.merge(outcome, 1, Integer::sum);
        }

        public int inputs() {
            return inputs;
        }

        /** {@code FUZZ suite: 2000 inputs, seed 42, held: {exit 2=1990, exit 0=10}}. */
        public void print() {
            System.out.println(String.format(Locale.ROOT, "FUZZ %s: %d inputs, seed %d%s, held: %s", suite, inputs,
                SEED, FULL ? " (-Pfuzz)" : " (verify)", outcomes));
        }

        /** Where a failure names its input, so it can be replayed. */
        public String where(int index, Object input) {
            return suite + " input " + index + " of seed " + SEED + " (replay with -Ddce.fuzz.seed=" + SEED + "): "
                + input;
        }
    }
}
