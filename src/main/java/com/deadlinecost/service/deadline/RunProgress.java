package com.deadlinecost.service.deadline;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a query run stands, for the status bar: the phase, time since the run started, and pages and rows
 * received so far. {@code restarts} counts aggregations started again after their results vanished; {@code chunk}
 * says which of the service aggregations the query was split into is running, and the share done.
 */
public record RunProgress(Phase phase, Duration elapsed, int pagesLoaded, long rowsLoaded, int restarts,
                          ChunkProgress chunk) {

    public RunProgress {
        Objects.requireNonNull(chunk, "chunk");
    }

    /** Progress of a run of one aggregation. */
    public RunProgress(Phase phase, Duration elapsed, int pagesLoaded, long rowsLoaded, int restarts) {
        this(phase, elapsed, pagesLoaded, rowsLoaded, restarts, ChunkProgress.WHOLE_QUERY);
    }

    /** The phases of one run, in order. */
    public enum Phase {
        STARTING("Starting the aggregation"),
        WAITING_FOR_FARM("Waiting for the farm's running aggregation"),
        AGGREGATING("Aggregating"),
        LOADING("Loading results"),
        DONE("Done");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
