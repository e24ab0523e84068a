package com.deadlinecost.model.row;

import java.time.Instant;

/** Interns {@link Bucket}s so that all rows of one time bucket share one object. Thread-safe. */
public final class BucketPool {

    private final Interner<Bucket> buckets = new Interner<>();

    /** The canonical bucket from {@code start} to {@code end}. */
    public Bucket bucket(Instant start, Instant end) {
        return buckets.intern(Bucket.of(start, end));
    }

    /** The canonical bucket equal to {@code bucket}. */
    public Bucket intern(Bucket bucket) {
        return buckets.intern(bucket);
    }

    /** How many distinct buckets the pool holds. */
    public int size() {
        return buckets.size();
    }
}
