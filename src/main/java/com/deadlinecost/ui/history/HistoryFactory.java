package com.deadlinecost.ui.history;

/** Builds the History tab's view model; the composition root knows the store, the task runner and the clock. */
@FunctionalInterface
public interface HistoryFactory {
    HistoryViewModel create();
}
