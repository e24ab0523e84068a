package com.deadlinecost.present.chart;

/**
 * What lies under a point of a drawn chart: a series (by its index in {@link ChartModel#series()}) in a
 * bucket, or a legend entry.
 *
 * @param series the series' index
 * @param bucket the bucket's index; 0 for charts over the whole range, -1 for a legend entry
 * @param legend whether the point is on the series' legend entry
 */
public record ChartHit(int series, int bucket, boolean legend) {
}
