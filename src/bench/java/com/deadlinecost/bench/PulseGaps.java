package com.deadlinecost.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time between FX pulses while it runs: an {@link AnimationTimer} asks for a pulse every frame
 * (60 Hz), so every gap above ~17 ms is a frame the FX thread could not deliver on time. FX thread only.
 */
final class PulseGaps {
    private long[] gaps = new long[4096];
    private int size;
    private long last;
    private boolean recording;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (recording && last != 0) {
                if (size == gaps.length) {
                    gaps = Arrays.copyOf(gaps, size * 2);
                }
                gaps[size++] = now - last;
            }
            last = now;
        }
    };

    /** Starts recording (pulses keep running between recordings, so the first gap is a real one). */
    void record() {
        recording = true;
        last = 0;
        timer.start();
    }

    void pause() {
        recording = false;
    }

    void stop() {
        recording = false;
        timer.stop();
    }

    int count() {
        return size;
    }

    long longestNanos() {
        return percentileNanos(100);
    }

    /** The gap that {@code percent} % of the gaps do not exceed (nearest rank). */
    long percentileNanos(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gaps, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}
