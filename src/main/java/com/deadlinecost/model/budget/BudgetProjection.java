package com.deadlinecost.model.budget;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a budget is heading: the spend projected to the end of its window with an 80 % band, and when each
 * threshold is reached. Made by {@link BudgetProjector}, which documents the method.
 *
 * @param pacePerDay average dollars per day since the window opened
 * @param projected the usage at the end of the window at that pace
 * @param low the low end of the 80 % band at the end of the window (never below what is used)
 * @param high the high end of the band
 * @param banded whether the band comes from daily spend (false: no daily data, so low = projected = high)
 */
public record BudgetProjection(Budget budget, Instant now, double pacePerDay, double projected, double low,
                               double high, boolean banded, List<ThresholdForecast> thresholds) {

    public BudgetProjection {
        thresholds = List.copyOf(thresholds);
    }

    /** Projected usage as a share of the limit at the end of the window: 1.2 for 120 %. */
    public double projectedShare() {
        return budget.limit() > 0 ? projected / budget.limit() : 0;
    }

    /** When the queue stops at this pace: the first stop threshold not yet reached, within the window. */
    public Optional<Instant> stopDate() {
        return thresholds.stream().filter(forecast -> !forecast.reached()).findFirst()
            .map(ThresholdForecast::date);
    }

    /** The first threshold, if any: whether the queue stops at all by the end of the window. */
    public Optional<ThresholdForecast> firstStop() {
        return thresholds.stream().findFirst();
    }
}
