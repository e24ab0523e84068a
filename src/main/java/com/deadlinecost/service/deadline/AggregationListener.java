package com.deadlinecost.service.deadline;

/** Receives a run's progress and pages as they happen, on the thread that runs the aggregation. */
public interface AggregationListener {
    void progress(RunProgress progress);

    void page(RowPage page);
}
