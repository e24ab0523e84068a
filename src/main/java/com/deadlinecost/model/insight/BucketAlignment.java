package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs the buckets of an earlier range with those of the current one by position: the first day of the earlier
 * range with the first day of this one, day N with day N. Position, not date arithmetic, because months differ in
 * length: March 31 has no day one month earlier, yet the 31st bucket of a March range still has a partner when the
 * earlier range is as long.
 */
public final class BucketAlignment {
    private final List<Instant> current;
    private final List<Instant> earlier;
    private final Map<Instant, Integer> earlierIndex = new HashMap<>();
    private final Map<Instant, Integer> currentIndex = new HashMap<>();

    private BucketAlignment(List<Instant> current, List<Instant> earlier) {
        this.current = current;
        this.earlier = earlier;
        for (int i = 0; i < earlier.size(); i++) {
            earlierIndex.put(earlier.get(i), i);
        }
        for (int i = 0; i < current.size(); i++) {
            currentIndex.put(current.get(i), i);
        }
    }

    /** The alignment of the buckets of {@code currentRange} and {@code earlierRange} at {@code period}. */
    public static BucketAlignment of(TimeRange currentRange, TimeRange earlierRange, Period period,
                                     UtcOffset offset) {
        return new BucketAlignment(bucketStarts(currentRange, period, offset),
            bucketStarts(earlierRange, period, offset));
    }

    /** The starts of the buckets that overlap {@code range}, the first one floored to its period. */
    public static List<Instant> bucketStarts(TimeRange range, Period period, UtcOffset offset) {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = period.floor(range.start(), offset); start.isBefore(range.end());
             start = period.next(start, offset)) {
            starts.add(start);
        }
        return Collections.unmodifiableList(starts);
    }

    /** The current bucket start that the earlier bucket starting at {@code earlierStart} is compared with. */
    public Optional<Instant> currentFor(Instant earlierStart) {
        Integer index = earlierIndex.get(earlierStart);
        return index == null || index >= current.size() ? Optional.empty() : Optional.of(current.get(index));
    }

    /** The earlier bucket start compared with the current bucket starting at {@code currentStart}. */
    public Optional<Instant> earlierFor(Instant currentStart) {
        Integer index = currentIndex.get(currentStart);
        return index == null || index >= earlier.size() ? Optional.empty() : Optional.of(earlier.get(index));
    }

    /** The current range's bucket starts. */
    public List<Instant> currentStarts() {
        return current;
    }

    /** The earlier range's bucket starts. */
    public List<Instant> earlierStarts() {
        return earlier;
    }
}
