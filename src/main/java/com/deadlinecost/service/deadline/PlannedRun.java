package com.deadlinecost.service.deadline;

import java.util.function.BooleanSupplier;

/**
 * A query planned as a sequence of service aggregations ("chunks"), which keeps its place: when a chunk fails or
 * the run is cancelled, the chunks already done stay done, and {@link #run} called again continues with the chunk
 * that did not finish, delivering only rows not delivered before. A "Retry chunk" button calls {@link #run} on the
 * same object with the same kind of listener, keeping the rows already shown.
 *
 * <p>Not for concurrent use: one {@link #run} at a time.
 */
public interface PlannedRun {

    /**
     * Runs the chunks not yet done, one after another, handing pages and progress to the listener.
     *
     * @return the number of rows delivered by this call
     * @throws QueryProblem when a chunk fails; its message names the chunk and the run stays resumable
     * @throws java.util.concurrent.CancellationException when cancelled; the run stays resumable
     */
    long run(AggregationListener listener, BooleanSupplier cancelled);

    /** Whether every chunk is done, so that nothing is left to retry. */
    boolean complete();

    /**
     * What the run took from elsewhere than the service, for the status bar once it is done, e.g. "89 days from
     * history, 1 day fetched"; empty for a plain run.
     */
    default String note() {
        return "";
    }
}
