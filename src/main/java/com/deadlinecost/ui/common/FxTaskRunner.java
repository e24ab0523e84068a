package com.deadlinecost.ui.common;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as JavaFX {@link Task}s on a bounded pool of daemon threads, so a stuck network call can never
 * keep the app from exiting. This is the only class that posts to the FX thread with {@code runLater}.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final Set<Task<?>> live = ConcurrentHashMap.newKeySet();

    public FxTaskRunner(int threads) {
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), daemonThreads());
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> TaskHandle submit(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(contextOf(this));
            }
        };
        // Cancelling from another thread races the task's own failure (the interrupt) to the FX thread, so
        // each outcome checks the cancelled flag and only the first one reports.
        AtomicBoolean reported = new AtomicBoolean();
        Runnable cancelled = () -> finish(task, reported, callbacks.onCancelled());
        task.setOnSucceeded(event -> finish(task, reported, () -> callbacks.onSuccess().accept(task.getValue())));
        task.setOnCancelled(event -> cancelled.run());
        task.setOnFailed(event -> {
            if (task.isCancelled()) {
                cancelled.run();
                return;
            }
            finish(task, reported, () -> {
                LOG.warn("Background task failed", task.getException());
                callbacks.onFailure().accept(task.getException());
            });
        });
        live.add(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // Work offered after shutdown (a window's last gesture while the app exits) is reported as cancelled.
            task.cancel(false);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void cancelAll() {
        for (Task<?> task : live) {
            task.cancel(true);
        }
    }

    @Override
    public void shutdown() {
        cancelAll();
        executor.shutdownNow();
    }

    /**
     * After {@link #shutdown()}: waits until every worker thread has left its work, at most {@code timeout}.
     * Returns whether they all did.
     */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void finish(Task<?> task, AtomicBoolean reported, Runnable callback) {
        live.remove(task);
        if (reported.compareAndSet(false, true)) {
            callback.run();
        }
    }

    private static TaskContext contextOf(Task<?> task) {
        return new TaskContext() {
            @Override
            public boolean isCancelled() {
                return task.isCancelled() || Thread.currentThread().isInterrupted();
            }

            @Override
            public void onUi(Runnable update) {
                Platform.runLater(() -> {
                    if (!task.isCancelled()) {
                        update.run();
                    }
                });
            }
        };
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dce-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
