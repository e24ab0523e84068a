package com.deadlinecost.model;

import java.util.List;
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

    /** Whether there is nothing to plot. */
    public boolean isEmpty() {
        return series.isEmpty();
    }
}
