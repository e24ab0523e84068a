package com.deadlinecost.model.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The bounds every query is held to, stated once for the form, saved views, {@code report} and the run itself.
 *
 * <p>Times: Deadline Cloud launched in 2024, so no usage exists before {@link #EARLIEST}; a range may end at most
 * {@link #FUTURE_ALLOWANCE} after now (a day absorbs any UTC offset and clock skew). Size: a query asks for about
 * {@code buckets x queues or fleets} cells in {@code aggregations} service calls; beyond {@link #LARGE_CELLS} or
 * {@link #LARGE_AGGREGATIONS} it is large, and the window asks first while {@code report} wants
 * {@code --allow-large}. The two bounds together also cap memory: no range can hold more than about 26,000 hourly
 * buckets.
 */
public final class QueryLimits {
    public static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
    public static final Duration FUTURE_ALLOWANCE = Duration.ofDays(1);
    /** The service's limit of queue or fleet ids per aggregation. */
    public static final int MAX_RESOURCES_PER_AGGREGATION = 10;
    /**
     * Above this many buckets the service tends to end an aggregation TIMEOUT (hourly over more than two months), so
     * such ranges are cut into several aggregations in advance.
     */
    public static final int MAX_BUCKETS_PER_AGGREGATION = 1_500;
    /** Two years hourly over a dozen queues (about 210,000) stays below; fifty queues would not. */
    public static final long LARGE_CELLS = 500_000;
    public static final long LARGE_AGGREGATIONS = 100;

    private QueryLimits() {
    }

    /** What is wrong with the range's times, or empty when they lie where usage can exist. */
    public static Optional<String> timeProblem(Instant start, Instant end, Instant now) {
        Instant latest = now.plus(FUTURE_ALLOWANCE);
        if (start.isBefore(EARLIEST) || end.isBefore(EARLIEST)) {
            return Optional.of("The range starts before " + day(EARLIEST) + ", before Deadline Cloud existed: "
                + "choose a start from " + day(EARLIEST) + " on.");
        }
        if (end.isAfter(latest) || start.isAfter(latest)) {
            return Optional.of("The range ends after " + day(latest) + ", more than a day in the future: choose an "
                + "end up to tomorrow.");
        }
        return Optional.empty();
    }

    /** The size of a query, counted by arithmetic (no bucket is made). */
    public static Size size(StatisticsQuery query) {
        long buckets = buckets(query.range(), query.period());
        int resources = query.resources().ids().size();
        long slices = (buckets + MAX_BUCKETS_PER_AGGREGATION - 1) / MAX_BUCKETS_PER_AGGREGATION;
        long groups = (resources + MAX_RESOURCES_PER_AGGREGATION - 1) / MAX_RESOURCES_PER_AGGREGATION;
        return new Size(buckets, resources, saturatedProduct(buckets, resources), saturatedProduct(slices, groups),
            query.resourceKind());
    }

    /** At most how many buckets of {@code period} the range touches. */
    public static long buckets(TimeRange range, Period period) {
        long hours = range.duration().toHours();
        switch (period) {
            case HOURLY:
                return hours + 1;
            case DAILY:
                return hours / 24 + 2;
            case WEEKLY:
                return hours / (24 * 7) + 2;
            default:
                return hours / (24 * 28) + 2;
        }
    }

    private static long saturatedProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }

    /**
     * How big a query is.
     *
     * @param buckets time buckets, at most
     * @param resources queues or fleets
     * @param cells buckets x resources: the rows a grouping by the resource returns at most
     * @param aggregations service aggregations the query runs as, before any split
     * @param kind queues or fleets, for the message
     */
    public record Size(long buckets, int resources, long cells, long aggregations, ResourceKind kind) {
        public boolean large() {
            return cells > LARGE_CELLS || aggregations > LARGE_AGGREGATIONS;
        }

        /** The size in words, e.g. "26,304 hourly buckets x 40 queues = 1,052,160 cells in 54 aggregations". */
        public String describe(Period period) {
            String noun = kind == ResourceKind.FLEET ? "fleet" : "queue";
            return String.format(Locale.ROOT, "%,d %s buckets x %,d %s%s = %,d cells in %,d aggregations", buckets,
                period.label().toLowerCase(Locale.ROOT), resources, noun, resources == 1 ? "" : "s", cells,
                aggregations);
        }

        /** Why a large query is large, and how to ask for less. */
        public String limitMessage(Period period) {
            return "This query is large: " + describe(period) + String.format(Locale.ROOT, " (the limit is %,d "
                + "cells and %,d aggregations). Ask for less: a shorter range, a longer period or fewer %ss.",
                LARGE_CELLS, LARGE_AGGREGATIONS, kind == ResourceKind.FLEET ? "fleet" : "queue");
        }
    }
}
