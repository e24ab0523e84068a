package com.deadlinecost.service.deadline;

import java.time.Duration;

/**
 * How a run waits: polls start fast and back off to {@code pollMax}; a busy farm is retried with back-off
 * up to {@code busyGiveUp}; an aggregation still IN_PROGRESS after {@code aggregatingGiveUp} is given up; vanished
 * results or expired page tokens restart the aggregation, at most {@code maxRestarts} times in a row without a new
 * row and at most {@link #MAX_RESTARTS_IN_TOTAL} times in all.
 */
public record RunTimings(Duration pollFirst, Duration pollMax, Duration busyFirst, Duration busyMax,
                         Duration busyGiveUp, int maxRestarts, int transientRetries, Duration aggregatingGiveUp) {
    /** Restarts that each bring new rows still end somewhere: a result that expires faster than it is read. */
    public static final int MAX_RESTARTS_IN_TOTAL = 50;

    /** What the app uses against AWS and the demo studio. */
    public static RunTimings standard() {
        return new RunTimings(Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofMinutes(5), 3, 2, Duration.ofMinutes(30));
    }

    /** Short waits for tests against an emulator that completes at once. */
    public static RunTimings fast() {
        return new RunTimings(Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(10),
            Duration.ofMillis(100), Duration.ofSeconds(20), 3, 3, Duration.ofSeconds(20));
    }

    /** These timings with another limit on how long an aggregation may stay IN_PROGRESS. */
    public RunTimings withAggregatingGiveUp(Duration giveUp) {
        return new RunTimings(pollFirst, pollMax, busyFirst, busyMax, busyGiveUp, maxRestarts, transientRetries,
            giveUp);
    }

    Duration nextPoll(Duration current) {
        return min(current.multipliedBy(3).dividedBy(2), pollMax);
    }

    Duration nextBusyWait(Duration current) {
        return min(current.multipliedBy(2), busyMax);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
