package com.deadlinecost.model.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The times every query is held to, stated once for the form, saved views, {@code report} and the run itself, and
 * the service's per-aggregation limits the planner cuts by. Deadline Cloud launched in 2024, so no usage exists
 * before {@link #EARLIEST}; a range may end at most {@link #FUTURE_ALLOWANCE} after now (a day absorbs any UTC offset
 * and clock skew). Together they cap every range at about 26,000 hourly buckets, so no caller can make the planner
 * enumerate millions. (The size threshold above which the window asks and {@code report} wants
 * {@code --allow-large} is {@code service.deadline.QueryLimits}.)
 */
public final class QueryBounds {
    public static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
    public static final Duration FUTURE_ALLOWANCE = Duration.ofDays(1);
    /** The service's limit of queue or fleet ids per aggregation. */
    public static final int MAX_RESOURCES_PER_AGGREGATION = 10;
    /**
     * Above this many buckets the service tends to end an aggregation TIMEOUT (hourly over more than two months), so
     * such ranges are cut into several aggregations in advance.
     */
    public static final int MAX_BUCKETS_PER_AGGREGATION = 1_500;

    private QueryBounds() {
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

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }
}
