package com.deadlinecost.model.row;

import com.deadlinecost.model.query.Statistic;

/**
 * The four statistics of one measure (cost in USD or runtime in seconds) as handed to a
 * {@link CostRow}. Use {@link Double#NaN} for a statistic the service did not return; the row's
 * statistics set, not the number, says what is present.
 *
 * @param min smallest session contribution
 * @param max largest session contribution
 * @param avg mean session contribution
 * @param sum total of the session contributions
 */
public record StatisticValues(double min, double max, double avg, double sum) {

    /** Every statistic absent. */
    public static final StatisticValues ABSENT = new StatisticValues(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The value of one statistic. */
    public double get(Statistic statistic) {
        return select(statistic, min, max, avg, sum);
    }

    /** Shared by rows, which keep the four values as fields rather than as a StatisticValues. */
    static double select(Statistic statistic, double min, double max, double avg, double sum) {
        switch (statistic) {
            case MIN:
                return min;
            case MAX:
                return max;
            case AVG:
                return avg;
            case SUM:
                return sum;
            default:
                throw new IllegalArgumentException("Unknown statistic " + statistic);
        }
    }
}
