package com.deadlinecost.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The test twin of {@link FxTaskRunner}: work runs on the calling thread, UI updates and callbacks run at
 * once. With {@link #deferred()} submitted work waits until {@link #runNext()}, so a test can start a second
 * run before the first one finishes, or cancel work that has not started.
 */
public final class InlineTaskRunner implements TaskRunner {
    private final boolean deferred;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final Deque<InlineHandle> live = new ArrayDeque<>();

    private InlineTaskRunner(boolean deferred) {
        this.deferred = deferred;
    }

    /** A runner that runs each submitted task to completion before {@code submit} returns. */
    public static InlineTaskRunner immediate() {
        return new InlineTaskRunner(false);
    }

    /** A runner that queues submitted tasks until the test runs them. */
    public static InlineTaskRunner deferred() {
        return new InlineTaskRunner(true);
    }

    @Override
    public <T> TaskHandle submit(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
        InlineHandle handle = new InlineHandle();
        live.add(handle);
        Runnable job = () -> execute(work, callbacks, handle);
        if (deferred) {
            pending.add(job);
        } else {
            job.run();
        }
        return handle;
    }

    /** Runs the oldest queued task; returns false when none was queued. */
    public boolean runNext() {
        Runnable job = pending.poll();
        if (job == null) {
            return false;
        }
        job.run();
        return true;
    }

    public int pendingCount() {
        return pending.size();
    }

    @Override
    public void cancelAll() {
        for (InlineHandle handle : live) {
            handle.cancel();
        }
    }

    @Override
    public void shutdown() {
        cancelAll();
        pending.clear();
    }

    private <T> void execute(BackgroundWork<T> work, TaskCallbacks<T> callbacks, InlineHandle handle) {
        try {
            if (handle.cancelled) {
                callbacks.onCancelled().run();
                return;
            }
            T result = work.run(handle);
            if (handle.cancelled) {
                callbacks.onCancelled().run();
            } else {
                callbacks.onSuccess().accept(result);
            }
        } catch (Exception e) {
            if (handle.cancelled) {
                callbacks.onCancelled().run();
            } else {
                callbacks.onFailure().accept(e);
            }
        } finally {
            handle.done = true;
            live.remove(handle);
        }
    }

    private static final class InlineHandle implements TaskHandle, TaskContext {
        private volatile boolean cancelled;
        private volatile boolean done;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void onUi(Runnable update) {
            if (!cancelled) {
                update.run();
            }
        }
    }
}
