package com.deadlinecost.model.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the burn-up chart of a budget shows, in data units (time on x, dollars on y), computed once: the
 * cumulative spend day by day, the limit and its action thresholds, the even-pace line from nothing at the start to
 * the limit at the end, and the projection from now to the end of the window with its 80 % band.
 *
 * @param spent cumulative spend at the end of each whole day, starting with 0 at the window's start, and ending
 *     with what is used now
 * @param projection the central projection, from (now, used) to (end, projected)
 * @param bandLow the low edge of the band from now to the end, widening with the square root of time
 * @param bandHigh the high edge
 */
public record BurnUp(Budget budget, Instant now, List<Point> spent, List<Point> projection, List<Point> bandLow,
                     List<Point> bandHigh) {

    /** One point of a line. */
    public record Point(Instant time, double dollars) {
    }

    private static final int BAND_STEPS = 24;

    public BurnUp {
        spent = List.copyOf(spent);
        projection = List.copyOf(projection);
        bandLow = List.copyOf(bandLow);
        bandHigh = List.copyOf(bandHigh);
    }

    /** The chart of the projection, from the daily spend the projection was made with. */
    public static BurnUp of(BudgetProjection projection, List<Double> dailySpend) {
        Budget budget = projection.budget();
        Instant now = projection.now().isBefore(budget.end()) ? projection.now() : budget.end();
        List<Point> spent = new ArrayList<>();
        spent.add(new Point(budget.start(), 0));
        double cumulative = 0;
        Instant day = budget.start().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        for (double spend : dailySpend) {
            cumulative += spend;
            day = day.plus(Duration.ofDays(1));
            if (day.isBefore(now)) {
                // The service states usage as a float: the exact daily sums may pass it by a fraction of a cent,
                // and a burn-up never goes down.
                spent.add(new Point(day, Math.min(cumulative, budget.used())));
            }
        }
        if (now.isAfter(budget.start())) {
            spent.add(new Point(now, budget.used()));
        }
        List<Point> line = new ArrayList<>();
        List<Point> low = new ArrayList<>();
        List<Point> high = new ArrayList<>();
        if (now.isBefore(budget.end())) {
            long span = Duration.between(now, budget.end()).getSeconds();
            for (int step = 0; step <= BAND_STEPS; step++) {
                double share = step / (double) BAND_STEPS;
                Instant time = now.plusSeconds(Math.round(span * share));
                // The band's half-width grows with the square root of the time ahead, as in the projection.
                double widthShare = Math.sqrt(share);
                double central = budget.used() + (projection.projected() - budget.used()) * share;
                line.add(new Point(time, central));
                low.add(new Point(time, Math.max(budget.used(), central - (projection.projected() - projection.low())
                    * widthShare)));
                high.add(new Point(time, central + (projection.high() - projection.projected()) * widthShare));
            }
        }
        return new BurnUp(budget, now, spent, line, low, high);
    }

    /** The even pace: nothing at the start, the whole limit at the end. */
    public List<Point> evenPace() {
        return List.of(new Point(budget.start(), 0), new Point(budget.end(), budget.limit()));
    }

    /** The dollar amount of each action's threshold, in the order of the actions. */
    public List<Double> thresholdDollars() {
        return budget.actions().stream().map(action -> budget.limit() * action.thresholdPercent() / 100).toList();
    }
}
