package com.deadlinecost.model.rollup;

import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.BucketPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the output time buckets of a regroup. Each output bucket spans from the earliest start to
 * the latest end of the row buckets folded into it, so it is shared by every group (charts align).
 */
final class SlotIndex {

    private final TimeBucketing timing;
    private final BucketPool pool = new BucketPool();
    private final Map<Bucket, Integer> bySourceBucket = new HashMap<>();
    private final Map<Object, Integer> bySlotKey = new HashMap<>();
    private final List<Instant> starts = new ArrayList<>();
    private final List<Instant> ends = new ArrayList<>();
    private Bucket lastSource;
    private int lastIndex;

    SlotIndex(TimeBucketing timing) {
        this.timing = timing;
    }

    int indexOf(Bucket source) {
        if (source == lastSource) {
            return lastIndex;
        }
        Integer index = bySourceBucket.get(source);
        if (index == null) {
            index = bySlotKey.computeIfAbsent(timing.slotKey(source), key -> {
                starts.add(source.start());
                ends.add(source.end());
                return starts.size() - 1;
            });
            widen(index, source);
            bySourceBucket.put(source, index);
        }
        lastSource = source;
        lastIndex = index;
        return lastIndex;
    }

    private void widen(int index, Bucket source) {
        if (source.start().isBefore(starts.get(index))) {
            starts.set(index, source.start());
        }
        if (source.end().isAfter(ends.get(index))) {
            ends.set(index, source.end());
        }
    }

    int size() {
        return starts.size();
    }

    /** The output bucket of a slot; call after all rows are added. */
    Bucket bucket(int index) {
        return pool.bucket(starts.get(index), ends.get(index));
    }
}
