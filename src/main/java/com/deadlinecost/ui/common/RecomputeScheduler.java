package com.deadlinecost.ui.common;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.animation.AnimationTimer;

/**
 * Runs recomputations of derived state later, so that many list changes in a row (pages of a streaming
 * query, a filter typed key by key) cost one recomputation. Called on the FX thread only.
 */
@FunctionalInterface
public interface RecomputeScheduler {

    /** Runs {@code work} later; scheduling the same work again before it ran runs it once. */
    void schedule(Runnable work);

    /**
     * This scheduler, but running work no sooner than {@code gap} after it last ran: for updates that cost a
     * relayout of the visible table (a page merged into the shown rows), so that a stream of pages costs a few
     * layouts a second, not one per frame. Schedulers that run work at once or by hand (tests) ignore the gap.
     */
    default RecomputeScheduler atMostEvery(Duration gap) {
        return this;
    }

    /** Runs the work at once: for tests that need no toolkit and want derived state right away. */
    public static RecomputeScheduler immediate() {
        return Runnable::run;
    }

    /**
     * Runs the work on the next animation pulse, at most once per pulse, before the scene is laid out, so
     * all pages that arrived since the last frame are recomputed together. Needs the JavaFX toolkit.
     */
    static RecomputeScheduler nextPulse() {
        return new PulseScheduler();
    }

    /** An {@link AnimationTimer} that runs once and stops: pulses run only while something is pending. */
    final class PulseScheduler implements RecomputeScheduler {
        private final Set<Runnable> pending = new LinkedHashSet<>();
        private final long gapNanos;
        private long lastRun = Long.MIN_VALUE;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastRun != Long.MIN_VALUE && now - lastRun < gapNanos) {
                    return;
                }
                stop();
                lastRun = now;
                Runnable[] due = pending.toArray(new Runnable[0]);
                pending.clear();
                for (Runnable work : due) {
                    work.run();
                }
            }
        };

        private PulseScheduler() {
            this(0);
        }

        private PulseScheduler(long gapNanos) {
            this.gapNanos = gapNanos;
        }

        @Override
        public RecomputeScheduler atMostEvery(Duration gap) {
            return new PulseScheduler(gap.toNanos());
        }

        @Override
        public void schedule(Runnable work) {
            if (pending.add(work) && pending.size() == 1) {
                timer.start();
            }
        }
    }
}
