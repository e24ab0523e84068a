package com.deadlinecost.ui.common;

import java.util.concurrent.Executor;
import org.slf4j.LoggerFactory;

/**
 * The one way to run work off the FX thread. {@link FxTaskRunner} runs work on a bounded pool of daemon
 * threads and calls back on the FX thread; the tests' inline runner runs everything on the caller's thread
 * so ViewModel tests need no toolkit.
 */
public interface TaskRunner {

    /**
     * Starts the work. Callbacks run on the UI thread: exactly one of success, failure or cancelled.
     *
     * @return a handle to cancel the work; cancelling is cooperative (the work checks
     *     {@link TaskContext#isCancelled()} between steps) and interrupts blocking calls
     */
    <T> TaskHandle submit(BackgroundWork<T> work, TaskCallbacks<T> callbacks);

    /** This runner as an {@link Executor}, for fire-and-forget work such as saving settings; failures are logged. */
    default Executor asExecutor() {
        return command -> submit(context -> {
            command.run();
            return null;
        }, TaskCallbacks.of(done -> { }, failure -> LoggerFactory.getLogger(TaskRunner.class)
            .warn("Background work failed", failure)));
    }

    /** Cancels every running and queued task, for example when the window closes. */
    void cancelAll();

    /** Cancels everything and releases the threads; the runner accepts no work afterwards. */
    void shutdown();
}
