package com.deadlinecost.ui.insight;

import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.insight.InsightService;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskContext;
import com.deadlinecost.ui.common.TaskHandle;
import com.deadlinecost.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the parts of one investigation side by side on the task runner (the comparison, the anomalies, the
 * projection: a few aggregations each) and says when all have ended, with one line per part that failed. Each
 * investigation has a generation number: results of a cancelled or superseded one are dropped.
 */
final class InsightParts {
    private static final Logger LOG = LoggerFactory.getLogger(InsightParts.class);

    /** Hears how the investigation ended; called on the UI thread. */
    interface Ending {
        void finished(List<String> problems);

        void cancelled();
    }

    /** What a part's work gets: the insight service of its task, and a way to show something before it ends. */
    record Part(InsightService insight, TaskContext task) {
        /** Shows {@code update} on the UI thread unless the investigation was superseded by then. */
        void onUi(Runnable update) {
            task.onUi(update);
        }
    }

    /** The work of one part, off the UI thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(Part part) throws Exception;
    }

    private final Supplier<DeadlineGateway> gateway;
    private final TaskRunner runner;
    private final Consumer<DisplayNames> names;
    private final List<TaskHandle> handles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Ending ending;
    private int generation;
    private int outstanding;

    InsightParts(Supplier<DeadlineGateway> gateway, TaskRunner runner, Consumer<DisplayNames> names) {
        this.gateway = gateway;
        this.runner = runner;
        this.names = names;
    }

    /** Starts a new investigation, dropping what an earlier one would still report; returns its generation. */
    int begin(Ending end) {
        cancel();
        generation++;
        problems.clear();
        ending = end;
        return generation;
    }

    /** The generation of the latest investigation (or of the last cancel). */
    int generation() {
        return generation;
    }

    /** Runs a part of investigation {@code run}: {@code show} gets its result on the UI thread. */
    <T> void submit(int run, String farmId, String what, Work<T> work, Consumer<T> show) {
        outstanding++;
        handles.add(runner.submit(context -> {
            DeadlineGateway deadline = gateway.get();
            DisplayNames farmNames = deadline.displayNames(farmId);
            TaskContext current = new CurrentOnly(context, run);
            current.onUi(() -> names.accept(farmNames));
            return work.run(new Part(new InsightService(deadline, context::isCancelled), current));
        }, new TaskCallbacks<T>(result -> {
            if (run == generation) {
                show.accept(result);
                partEnded();
            }
        }, failure -> {
            if (run != generation) {
                return;
            }
            if (failure instanceof CancellationException) {
                stopped();
                return;
            }
            LOG.warn("{} failed", what, failure);
            problems.add(Investigation.problemText(what, failure));
            partEnded();
        }, () -> {
            if (run == generation) {
                stopped();
            }
        })));
    }

    /** Stops every part; returns whether any was running. */
    boolean cancel() {
        boolean wasRunning = outstanding > 0;
        generation++;
        handles.forEach(TaskHandle::cancel);
        handles.clear();
        outstanding = 0;
        return wasRunning;
    }

    private void stopped() {
        cancel();
        if (ending != null) {
            ending.cancelled();
        }
    }

    private void partEnded() {
        outstanding--;
        if (outstanding == 0) {
            handles.clear();
            ending.finished(List.copyOf(problems));
        }
    }

    // A task's updates for the UI that arrive after the investigation was superseded are dropped.
    private final class CurrentOnly implements TaskContext {
        private final TaskContext context;
        private final int run;

        CurrentOnly(TaskContext context, int run) {
            this.context = context;
            this.run = run;
        }

        @Override
        public boolean isCancelled() {
            return context.isCancelled();
        }

        @Override
        public void onUi(Runnable update) {
            context.onUi(() -> {
                if (run == generation) {
                    update.run();
                }
            });
        }
    }
}
