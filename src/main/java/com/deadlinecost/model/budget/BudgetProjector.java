package com.deadlinecost.model.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects a budget to the end of its window. The method, in full:
 *
 * <ol>
 *   <li>The pace is the average spend per day since the window opened: {@code used / elapsed days}
 *       (a fraction of a day counts as that fraction).</li>
 *   <li>The central projection assumes that pace for the rest of the window:
 *       {@code projected = used + pace x days left}.</li>
 *   <li>The 80 % band comes from how much the daily spend varied: with {@code s} the sample standard deviation of
 *       the spend of the {@code n} whole days observed and {@code k} days left, the remaining spend is taken as
 *       normal with standard deviation {@code s x sqrt(k + k^2 / n)} (day-to-day noise over k days plus the
 *       uncertainty of a pace estimated from n days), and the band is {@code +-1.2816} of that (the 10th and 90th
 *       percentiles), never below what is already used. With fewer than two whole days there is no band.</li>
 *   <li>A threshold of {@code p} % is reached at {@code limit x p / 100} dollars; its projected date is when the
 *       central pace gets there, and the band's dates are when the band's high and low ends get there. A date past
 *       the window's end means the threshold is not reached in the window (null).</li>
 *   <li>A budget that has stopped its queue projects no more spend: the queue schedules nothing new.</li>
 * </ol>
 *
 * <p>A straight pace is the simplest honest forecast for spend that has office-hour and weekly rhythms: over whole
 * days those rhythms average out, and the band says how far the rhythm can push the answer.
 */
public final class BudgetProjector {
    /** The 90th percentile of the standard normal distribution: +-Z covers 80 %. */
    static final double Z_80 = 1.2816;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private BudgetProjector() {
    }

    /** The projection from the budget alone: the central pace, no band. */
    public static BudgetProjection project(Budget budget, Instant now) {
        return project(budget, now, List.of());
    }

    /**
     * The projection with its band.
     *
     * @param dailySpend the spend of each whole UTC day of the window observed so far, oldest first
     */
    public static BudgetProjection project(Budget budget, Instant now, List<Double> dailySpend) {
        Instant observedUntil = now.isBefore(budget.end()) ? now : budget.end();
        double elapsedDays = days(budget.start(), observedUntil);
        // A stopped queue schedules no new work: nothing more is projected for it.
        double daysLeft = budget.stopped() ? 0 : days(now.isBefore(budget.start()) ? budget.start() : now,
            budget.end());
        double pace = elapsedDays > 0 ? budget.used() / elapsedDays : 0;
        double projected = budget.used() + pace * daysLeft;
        double futurePace = budget.stopped() ? 0 : pace;
        double spread = spread(dailySpend, daysLeft);
        boolean banded = dailySpend.size() >= 2 && daysLeft > 0;
        double low = Math.max(budget.used(), projected - spread);
        double high = projected + spread;
        Instant from = now.isBefore(budget.start()) ? budget.start() : now;
        List<ThresholdForecast> thresholds = new ArrayList<>();
        boolean firstStop = true;
        for (BudgetAction action : budget.actions()) {
            double dollars = budget.limit() * action.thresholdPercent() / 100;
            boolean reached = budget.used() >= dollars;
            Instant reachedAt = reached && firstStop ? budget.queueStoppedAt() : null;
            thresholds.add(new ThresholdForecast(action, dollars, reached,
                reached ? null : dateAt(budget, from, dollars, futurePace),
                reached ? null : dateAt(budget, from, dollars, daysLeft > 0 ? (high - budget.used()) / daysLeft : 0),
                reached ? null : dateAt(budget, from, dollars, daysLeft > 0 ? (low - budget.used()) / daysLeft : 0),
                reachedAt));
            firstStop = false;
        }
        return new BudgetProjection(budget, now, pace, projected, banded ? low : projected,
            banded ? high : projected, banded, thresholds);
    }

    /** Half the width of the 80 % band on the spend still to come. */
    static double spread(List<Double> dailySpend, double daysLeft) {
        int n = dailySpend.size();
        if (n < 2 || daysLeft <= 0) {
            return 0;
        }
        double mean = dailySpend.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double squares = dailySpend.stream().mapToDouble(day -> (day - mean) * (day - mean)).sum();
        double deviation = Math.sqrt(squares / (n - 1));
        return Z_80 * deviation * Math.sqrt(daysLeft + daysLeft * daysLeft / n);
    }

    /** When spending {@code pace} a day from {@code from} reaches {@code dollars}; null if not in the window. */
    private static Instant dateAt(Budget budget, Instant from, double dollars, double pace) {
        if (pace <= 0) {
            return null;
        }
        double days = (dollars - budget.used()) / pace;
        Instant date = from.plusSeconds((long) Math.ceil(days * SECONDS_PER_DAY));
        return date.isBefore(budget.end()) ? date : null;
    }

    private static double days(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to).getSeconds() / SECONDS_PER_DAY : 0;
    }
}
