package com.deadlinecost.ui.common;

import java.util.Objects;

/**
 * Marks derived state dirty and recomputes it once, through a {@link RecomputeScheduler}, however many
 * times it was marked in between. The work runs on the thread the scheduler runs it on (the FX thread).
 */
public final class CoalescedRefresh {
    private final RecomputeScheduler scheduler;
    private final Runnable recompute;
    private final Runnable flush = this::flush;
    private boolean dirty;

    /** Recomputes with {@code recompute}, scheduled through {@code scheduler}. */
    public CoalescedRefresh(RecomputeScheduler scheduler, Runnable recompute) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.recompute = Objects.requireNonNull(recompute, "recompute");
    }

    /** Marks the state dirty; the first mark since the last recomputation schedules one. */
    public void request() {
        if (!dirty) {
            dirty = true;
            scheduler.schedule(flush);
        }
    }

    /** Recomputes now if dirty (a scheduled run then does nothing). */
    public void flush() {
        if (dirty) {
            dirty = false;
            recompute.run();
        }
    }
}
