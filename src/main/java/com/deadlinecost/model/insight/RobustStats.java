package com.deadlinecost.model.insight;

import java.util.Arrays;

/** Median and median absolute deviation: a centre and a spread that one outlier cannot move far. */
public final class RobustStats {
    /** MAD x this estimates the standard deviation of normally distributed values. */
    public static final double MAD_TO_SIGMA = 1.4826;

    private RobustStats() {
    }

    /** The median of {@code values} (the mean of the middle two for an even count); NaN when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median of the absolute deviations from the median; NaN when empty. */
    public static double mad(double[] values) {
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median(deviations);
    }
}
