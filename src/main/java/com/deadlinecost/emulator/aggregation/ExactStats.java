package com.deadlinecost.emulator.aggregation;

/**
 * Sum, minimum and maximum of one measure in exact integer units (milliseconds, or cost units of
 * milliseconds x rate units), so that totals add up identically however the rows are grouped.
 */
public record ExactStats(long sum, long min, long max) {
}
