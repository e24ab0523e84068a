package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chart-ready data: the buckets in time order and the series ranked by their total, "Other" last.
 * Every series has one value per bucket. Plain data; the UI turns it into chart series.
 *
 * @param dimension the group field the series split by
 * @param measure what the values measure
 * @param buckets the time buckets, ordered by start
 * @param series the top groups by total (descending), then "Other" when groups were folded
 */
public record SeriesSet(GroupField dimension, Measure measure, List<Bucket> buckets, List<Series> series) {

    /** Copies the lists and checks that each series has a value per bucket. */
    public SeriesSet {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(measure, "measure");
        buckets = List.copyOf(buckets);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.size() != buckets.size()) {
                throw new IllegalArgumentException("Series " + one.label() + " has " + one.size()
                    + " values for " + buckets.size() + " buckets");
            }
        }
    }

    /**
     * The same series over every bucket of the query's range, so a time axis shows quiet days as zero rather
     * than skipping them. Buckets without rows get 0 for sums and counts, and no value (NaN) for averages.
     * A bucket is placed by the start of the period bucket it falls in, so buckets folded from finer rows
     * (which start at their first row) land on their day or week; the first bucket is clipped to the range.
     */
    public SeriesSet overTimeline(TimeRange range, Period period, UtcOffset offset) {
        List<Bucket> timeline = new ArrayList<>();
        Map<Instant, Integer> slotOf = new HashMap<>();
        for (Instant start = period.floor(range.start(), offset); start.isBefore(range.end());
                start = period.next(start, offset)) {
            Instant end = period.next(start, offset);
            Instant clippedStart = start.isBefore(range.start()) ? range.start() : start;
            slotOf.put(clippedStart, timeline.size());
            timeline.add(Bucket.of(clippedStart, end.isAfter(range.end()) ? range.end() : end));
        }
        int[] slotOfBucket = new int[buckets.size()];
        for (int index = 0; index < buckets.size(); index++) {
            Instant floor = period.floor(buckets.get(index).start(), offset);
            Integer slot = slotOf.get(floor.isBefore(range.start()) ? range.start() : floor);
            slotOfBucket[index] = slot == null ? -1 : slot;
            if (slot != null && floor.equals(buckets.get(index).start())) {
                // The service's own bucket, with its own bounds, where it has one.
                timeline.set(slot, buckets.get(index));
            }
        }
        double empty = measure == Measure.AVERAGE_COST ? Double.NaN : 0;
        List<Series> filled = new ArrayList<>();
        for (Series one : series) {
            double[] values = new double[timeline.size()];
            Arrays.fill(values, empty);
            for (int index = 0; index < buckets.size(); index++) {
                if (slotOfBucket[index] >= 0) {
                    values[slotOfBucket[index]] = one.value(index);
                }
            }
            filled.add(one.withValues(values));
        }
        return new SeriesSet(dimension, measure, timeline, filled);
    }

    /** Whether there is nothing to plot. */
    public boolean isEmpty() {
        return series.isEmpty();
    }
}
