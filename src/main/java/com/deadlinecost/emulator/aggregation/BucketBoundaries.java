package com.deadlinecost.emulator.aggregation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/** The bucket edges of a request in epoch milliseconds: the range start, each local period start inside, the end. */
final class BucketBoundaries {
    private BucketBoundaries() {
    }

    static long[] of(Instant start, Instant end, ZoneOffset offset, Period period) {
        long startMs = start.toEpochMilli();
        long endMs = end.toEpochMilli();
        if (period == null) {
            return new long[] {startMs, endMs};
        }
        long[] edges = new long[64];
        int count = 0;
        edges[count++] = startMs;
        LocalDateTime next = period.next(period.floor(LocalDateTime.ofInstant(start, offset)));
        long nextMs = next.toInstant(offset).toEpochMilli();
        while (nextMs < endMs) {
            if (count == edges.length) {
                edges = Arrays.copyOf(edges, count * 2);
            }
            edges[count++] = nextMs;
            next = period.next(next);
            nextMs = next.toInstant(offset).toEpochMilli();
        }
        edges = Arrays.copyOf(edges, count + 1);
        edges[count] = endMs;
        return edges;
    }

    /** The index of the bucket that contains {@code timeMs}, which must lie inside the range. */
    static int bucketOf(long[] edges, long timeMs) {
        int found = Arrays.binarySearch(edges, timeMs);
        return found >= 0 ? found : -found - 2;
    }
}
