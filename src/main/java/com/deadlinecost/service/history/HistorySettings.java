package com.deadlinecost.service.history;

import java.time.Duration;

/**
 * How the history behaves, kept in the history file itself.
 *
 * @param settleWindow a bucket that had ended at least this long before its fetch is taken as final and reused
 *     by later queries instead of fetched again (the service may still add late sessions to younger buckets)
 * @param capBytes the most bytes the stored rows may take; the oldest results go first past it
 */
public record HistorySettings(Duration settleWindow, long capBytes) {
    public static final Duration DEFAULT_SETTLE_WINDOW = Duration.ofHours(48);
    public static final long DEFAULT_CAP_BYTES = 1_000_000_000L;

    public HistorySettings {
        if (settleWindow == null || settleWindow.isNegative()) {
            throw new IllegalArgumentException("The settle window must be zero or more hours");
        }
        if (capBytes < 1_000_000L) {
            throw new IllegalArgumentException("The history size cap must be at least 1 MB");
        }
    }

    public static HistorySettings defaults() {
        return new HistorySettings(DEFAULT_SETTLE_WINDOW, DEFAULT_CAP_BYTES);
    }
}
