package com.deadlinecost.model.insight;

import com.deadlinecost.model.insight.Anomaly.Kind;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds spend spikes: a group's bucket far above what that group usually costs at that time.
 *
 * <p>Baseline: the group's cost in the same bucket of each of the {@value #HISTORY_BUCKETS} preceding weeks (the
 * same weekday for daily data, the same hour of the week for hourly data, the preceding weeks or months for weekly
 * or monthly data). Its median is the usual cost, its median absolute deviation (x 1.4826) the usual spread, so
 * one earlier spike in the history moves neither.
 *
 * <p>Render costs are lumpy and heavy-tailed: a queue's day is a handful of jobs, one big job can be ten times its
 * usual day, and four same-weekday values often agree by chance (often all zero), so their spread says little. The
 * spread is therefore at least the root mean square of how far every bucket of the preceding four weeks strayed
 * from the median of its own same-time values there (for a steady series that is its noise, for a lumpy one the
 * size of its lumps), at least {@value #RELATIVE_SPREAD_FLOOR} of the usual cost and at least
 * ${@value #ABSOLUTE_SPREAD_FLOOR_USD}. A flagged bucket counts with its expected value from then on, so a spike
 * neither hides the next day's nor raises the baseline of the weeks after.
 *
 * <p>Farm-wide swings are not one group's anomaly: when the rest of the result (every other group) spends more than
 * its own baselines say, as in a crunch, the group's baseline and spread are scaled up by the same factor (never
 * down, so a quiet farm does not make a normal group look high). A result of one group is not adjusted.
 *
 * <p>Score = (actual - expected) / spread. A bucket is flagged when the score reaches the threshold and the excess
 * reaches both the least dollars and the least share of the bucket's total over all groups. History before the
 * result's first spend is unknown rather than zero (the service keeps limited history, a farm can be new), so
 * buckets whose baseline reaches before it are not scored.
 */
public final class SpikeDetector {
    /** The number of earlier same-time buckets a baseline reads. */
    public static final int HISTORY_BUCKETS = 4;
    /** The spread is at least this fraction of the usual cost. */
    public static final double RELATIVE_SPREAD_FLOOR = 0.25;
    /** The spread is at least this many dollars. */
    public static final double ABSOLUTE_SPREAD_FLOOR_USD = 1.0;

    private final Period period;
    private final UtcOffset offset;
    private final AnomalySettings settings;

    private SpikeDetector(Period period, UtcOffset offset, AnomalySettings settings) {
        this.period = period;
        this.offset = offset;
        this.settings = settings;
    }

    /** How far back the history of a range must reach for its first bucket to be scored. */
    public static Instant historyStart(TimeRange range, Period period, UtcOffset offset) {
        return back(period.floor(range.start(), offset), period, offset, HISTORY_BUCKETS);
    }

    /**
     * The spikes in the buckets of {@code range}, largest excess first.
     *
     * @param grid cost by group and bucket, with the history before the range
     */
    public static List<Anomaly> detect(CostGrid grid, TimeRange range, Period period, UtcOffset offset,
                                       AnomalySettings settings) {
        return new SpikeDetector(period, offset, settings).detect(grid, range);
    }

    private List<Anomaly> detect(CostGrid grid, TimeRange range) {
        List<Anomaly> found = new ArrayList<>();
        Instant known = grid.firstSpend();
        if (known == null) {
            return found;
        }
        // One regular timeline from the first scored bucket's history to the range's end: bucket i's same-time
        // buckets are i - lag, i - 2 lag, ...; a fixed offset has no daylight saving, so a week is always 168 hours.
        List<Instant> timeline = BucketAlignment.bucketStarts(new TimeRange(historyStart(range, period, offset),
            range.end()), period, offset);
        int lag = period == Period.DAILY ? 7 : period == Period.HOURLY ? 168 : 1;
        int first = timeline.size() - BucketAlignment.bucketStarts(range, period, offset).size();
        List<GroupKey> groups = new ArrayList<>(grid.groups());
        double[][] series = new double[groups.size()][timeline.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < timeline.size(); i++) {
                series[g][i] = grid.cost(groups.get(g), timeline.get(i));
            }
        }
        for (int i = first; i < timeline.size(); i++) {
            if (!timeline.get(i - HISTORY_BUCKETS * lag).isBefore(known)) {
                scoreBucket(grid, groups, series, timeline, i, lag, found);
            }
        }
        found.sort(Comparator.comparingDouble(Anomaly::excessUsd).reversed()
            .thenComparing(Anomaly::start).thenComparing(Anomaly::group));
        return found;
    }

    private void scoreBucket(CostGrid grid, List<GroupKey> groups, double[][] series, List<Instant> timeline, int i,
                             int lag, List<Anomaly> found) {
        int count = groups.size();
        double[] medians = new double[count];
        double[] spreads = new double[count];
        double medianSum = 0;
        double[] same = new double[HISTORY_BUCKETS];
        for (int g = 0; g < count; g++) {
            sameTime(series[g], i, lag, same);
            medians[g] = RobustStats.median(same);
            double floor = Math.max(Math.max(RELATIVE_SPREAD_FLOOR * medians[g], ABSOLUTE_SPREAD_FLOOR_USD),
                windowResidualRms(series[g], i, lag, same));
            spreads[g] = Math.max(RobustStats.MAD_TO_SIGMA * RobustStats.mad(same), floor);
            medianSum += medians[g];
        }
        Instant start = timeline.get(i);
        double total = grid.total(start);
        for (int g = 0; g < count; g++) {
            double actual = series[g][i];
            if (actual <= 0) {
                continue;
            }
            double othersUsual = medianSum - medians[g];
            double factor = count > 1 && othersUsual > 0 ? Math.max(1, (total - actual) / othersUsual) : 1;
            double expected = medians[g] * factor;
            double excess = actual - expected;
            double score = excess / (spreads[g] * factor);
            if (score >= settings.scoreThreshold() && excess >= settings.minExcessUsd()
                && excess >= settings.minShareOfBucket() * total) {
                series[g][i] = expected;
                Instant end = grid.end(start);
                found.add(new Anomaly(Kind.SPEND_SPIKE, groups.get(g), start, end != null ? end
                    : period.next(start, offset), actual, expected, score,
                    detail(medians[g], spreads[g], factor, expected), List.of()));
            }
        }
    }

    /** The values of the {@value #HISTORY_BUCKETS} same-time buckets before bucket {@code i}. */
    private static void sameTime(double[] series, int i, int lag, double[] into) {
        for (int k = 0; k < HISTORY_BUCKETS; k++) {
            into[k] = series[i - (k + 1) * lag];
        }
    }

    /**
     * The root mean square of the window's buckets around the medians of their own same-time values in the window:
     * each of the {@code lag} phases of the four weeks before bucket {@code i} has four values.
     */
    private static double windowResidualRms(double[] series, int i, int lag, double[] scratch) {
        double squares = 0;
        for (int phase = 0; phase < lag; phase++) {
            sameTime(series, i + phase, lag, scratch);
            double median = RobustStats.median(scratch);
            for (double value : scratch) {
                squares += (value - median) * (value - median);
            }
        }
        return Math.sqrt(squares / (lag * HISTORY_BUCKETS));
    }

    private static String detail(double usual, double spread, double factor, double expected) {
        String text = String.format(Locale.ROOT, "usually $%.2f at this time, spread $%.2f", usual, spread);
        if (factor > 1) {
            text += String.format(Locale.ROOT, "; the rest of the result ran at %.1fx its usual, so $%.2f was "
                + "expected", factor, expected);
        }
        return text;
    }

    /** The start of the same-time bucket {@code k} weeks (or, for monthly data, months) before {@code start}. */
    static Instant back(Instant start, Period period, UtcOffset offset, int k) {
        OffsetDateTime local = start.atOffset(offset.zoneOffset());
        return (period == Period.MONTHLY ? local.minusMonths(k) : local.minusWeeks(k)).toInstant();
    }
}
