package com.deadlinecost.ui.common;

/** A submitted task, to cancel it or ask whether it has finished. */
public interface TaskHandle {
    void cancel();

    boolean isDone();
}
