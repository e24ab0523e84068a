package com.deadlinecost.model.row;

import java.time.Instant;
import java.util.Objects;

/**
 * A time bucket {@code [start, end)} of an aggregation. Shared by all rows of the bucket through a
 * {@link BucketPool}; the hash is cached because regrouping looks buckets up once per row.
 */
public final class Bucket implements Comparable<Bucket> {

    private final Instant start;
    private final Instant end;
    private final int hash;

    private Bucket(Instant start, Instant end) {
        this.start = start;
        this.end = end;
        this.hash = 31 * start.hashCode() + end.hashCode();
    }

    /**
     * The bucket from {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @throws IllegalArgumentException when end is before start
     */
    public static Bucket of(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A bucket cannot end (" + end + ") before it starts (" + start + ")");
        }
        return new Bucket(start, end);
    }

    /** Inclusive start. */
    public Instant start() {
        return start;
    }

    /** Exclusive end. */
    public Instant end() {
        return end;
    }

    /** Whether {@code other} lies entirely within this bucket. */
    public boolean contains(Bucket other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Bucket other) {
        int order = start.compareTo(other.start);
        return order != 0 ? order : end.compareTo(other.end);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Bucket)) {
            return false;
        }
        Bucket that = (Bucket) other;
        return hash == that.hash && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Bucket[" + start + ", " + end + ")";
    }
}
