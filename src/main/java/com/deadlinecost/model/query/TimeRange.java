package com.deadlinecost.model.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open time range {@code [start, end)} with start strictly before end, as the API requires.
 *
 * @param start inclusive start
 * @param end exclusive end
 */
public record TimeRange(Instant start, Instant end) {

    /** Validates that the range is not empty or reversed. */
    public TimeRange {
        Objects.requireNonNull(start, "Choose a start time");
        Objects.requireNonNull(end, "Choose an end time");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("The start time " + start + " must be before the end time " + end);
        }
    }

    /** The length of the range. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
