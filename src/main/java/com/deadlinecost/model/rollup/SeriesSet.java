package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
     */
    public SeriesSet overTimeline(TimeRange range, Period period, UtcOffset offset) {
        TreeMap<Instant, Bucket> all = new TreeMap<>();
        for (Instant start = period.floor(range.start(), offset); start.isBefore(range.end());
                start = period.next(start, offset)) {
            Instant end = period.next(start, offset);
            Instant clippedStart = start.isBefore(range.start()) ? range.start() : start;
            all.put(clippedStart, Bucket.of(clippedStart, end.isAfter(range.end()) ? range.end() : end));
        }
        buckets.forEach(bucket -> all.put(bucket.start(), bucket));
        if (all.size() == buckets.size()) {
            return this;
        }
        List<Bucket> timeline = new ArrayList<>(all.values());
        Map<Instant, Integer> known = new HashMap<>();
        for (int index = 0; index < buckets.size(); index++) {
            known.put(buckets.get(index).start(), index);
        }
        double empty = measure == Measure.AVERAGE_COST ? Double.NaN : 0;
        List<Series> filled = new ArrayList<>();
        for (Series one : series) {
            double[] values = new double[timeline.size()];
            for (int index = 0; index < timeline.size(); index++) {
                Integer before = known.get(timeline.get(index).start());
                values[index] = before == null ? empty : one.value(before);
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
