package com.deadlinecost.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/** What to do on the UI thread when a task ends: exactly one of these runs. */
public record TaskCallbacks<T>(Consumer<? super T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {
    public TaskCallbacks {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(onCancelled, "onCancelled");
    }

    public static <T> TaskCallbacks<T> of(Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return new TaskCallbacks<>(onSuccess, onFailure, () -> { });
    }
}
