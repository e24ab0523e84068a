package com.deadlinecost.ui.common;

/** What running work can ask of its runner. */
public interface TaskContext {

    /** True once the task was cancelled; long work checks this between steps and returns early. */
    boolean isCancelled();

    /**
     * Hands an update to the UI thread, for example one page of rows to add. Updates run in the order they
     * were posted and are dropped once the task is cancelled.
     */
    void onUi(Runnable update);
}
