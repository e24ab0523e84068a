package com.deadlinecost.ui.common;

/** A unit of work for the {@link TaskRunner}; it runs off the UI thread. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskContext context) throws Exception;
}
