package com.deadlinecost.model.row;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Hands out one canonical instance per distinct value. Thread-safe: pages are mapped on a worker
 * thread while the UI may regroup on the FX thread.
 */
final class Interner<T> {

    private final ConcurrentMap<T, T> canonical = new ConcurrentHashMap<>();

    T intern(T value) {
        Objects.requireNonNull(value, "value");
        T existing = canonical.putIfAbsent(value, value);
        return existing == null ? value : existing;
    }

    int size() {
        return canonical.size();
    }
}
