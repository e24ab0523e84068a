package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Projects spending to the end of the month from the recent weeks' weekday pattern.
 *
 * <p>Method: the {@value #WEEKS} complete weeks before the as-of day give one expected cost per weekday, the mean
 * of that weekday's days (the mean, not the median, because a projection adds days up and the mean is what sums
 * estimate without bias). The projection is the month to date plus, for every remaining day, its weekday's
 * expected cost (the rest of the as-of day in proportion to the hours left). The 80 % interval assumes the
 * remaining days scatter around their weekday's mean as the recent days did: with s the standard deviation of the
 * recent days around their weekday means (21 degrees of freedom), the remaining sum has a variance of s^2 x (the
 * remaining days + the squared count of remaining days per weekday / {@value #WEEKS}, for the uncertainty of each
 * mean), and the interval is the projection +- 1.2816 standard deviations, its lower end never below the month to
 * date. Days are local to the query's fixed offset.
 */
public final class MonthProjection {
    /** The weeks of history the weekday pattern reads. */
    public static final int WEEKS = 4;
    /** The two-sided 80 % quantile of the standard normal distribution. */
    public static final double Z80 = 1.2815515655446004;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private MonthProjection() {
    }

    /** Daily costs by local day, summed over the rows (any grouping), at {@code offset}. */
    public static NavigableMap<LocalDate, Double> daily(Collection<CostRow> rows, UtcOffset offset) {
        NavigableMap<LocalDate, Double> days = new TreeMap<>();
        for (CostRow row : rows) {
            double cost = row.costTotal();
            if (!Double.isNaN(cost)) {
                days.merge(row.bucketStart().atOffset(offset.zoneOffset()).toLocalDate(), cost, Double::sum);
            }
        }
        return days;
    }

    /** The first instant whose data a projection as of {@code asOf} reads: the month start or four weeks back. */
    public static Instant dataStart(Instant asOf, UtcOffset offset) {
        OffsetDateTime day = asOf.atOffset(offset.zoneOffset()).toLocalDate().atStartOfDay()
            .atOffset(offset.zoneOffset());
        OffsetDateTime monthStart = day.withDayOfMonth(1);
        OffsetDateTime weeksBack = day.minusWeeks(WEEKS);
        return (monthStart.isBefore(weeksBack) ? monthStart : weeksBack).toInstant();
    }

    /** The start of the month after the one {@code asOf} lies in, at the offset. */
    public static Instant monthEnd(Instant asOf, UtcOffset offset) {
        return asOf.atOffset(offset.zoneOffset()).toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay()
            .toInstant(offset.zoneOffset());
    }

    /**
     * The projection of one daily series from {@code asOf} to {@code target}; empty when fewer than two weeks of
     * history precede the as-of day (no weekday pattern yet) or the target is not after the as-of time.
     *
     * @param daily cost per local day; days without an entry cost nothing; the as-of day holds its part so far
     * @param firstDay the first day the data can hold (earlier days are unknown, not zero)
     */
    public static Optional<Projection> project(GroupKey group, NavigableMap<LocalDate, Double> daily,
                                               LocalDate firstDay, Instant asOf, Instant target,
                                               UtcOffset offset) {
        if (!target.isAfter(asOf)) {
            return Optional.empty();
        }
        Optional<Pattern> pattern = pattern(daily, firstDay, asOf, offset);
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = asOf.atOffset(offset.zoneOffset()).toLocalDate();
        double monthToDate = 0;
        for (LocalDate day = today.withDayOfMonth(1); !day.isAfter(today); day = day.plusDays(1)) {
            monthToDate += daily.getOrDefault(day, 0.0);
        }
        Outlook rest = pattern.get().over(asOf, target);
        double projected = monthToDate + rest.expectedUsd();
        return Optional.of(new Projection(group, asOf, target, monthToDate, projected,
            Math.max(monthToDate, projected - rest.spreadUsd()), projected + rest.spreadUsd()));
    }

    /**
     * The weekday pattern of the {@value #WEEKS} weeks before the as-of day; empty when fewer than two weeks of
     * it are known.
     */
    public static Optional<Pattern> pattern(NavigableMap<LocalDate, Double> daily, LocalDate firstDay, Instant asOf,
                                            UtcOffset offset) {
        LocalDate today = asOf.atOffset(offset.zoneOffset()).toLocalDate();
        double[] sums = new double[7];
        int[] counts = new int[7];
        Map<LocalDate, Double> history = new TreeMap<>();
        for (LocalDate day = today.minusWeeks(WEEKS); day.isBefore(today); day = day.plusDays(1)) {
            if (!day.isBefore(firstDay)) {
                double cost = daily.getOrDefault(day, 0.0);
                history.put(day, cost);
                sums[index(day.getDayOfWeek())] += cost;
                counts[index(day.getDayOfWeek())]++;
            }
        }
        if (history.size() < 14) {
            return Optional.empty();
        }
        double[] means = new double[7];
        for (int w = 0; w < 7; w++) {
            means[w] = counts[w] == 0 ? 0 : sums[w] / counts[w];
        }
        double squares = 0;
        for (Map.Entry<LocalDate, Double> entry : history.entrySet()) {
            double residual = entry.getValue() - means[index(entry.getKey().getDayOfWeek())];
            squares += residual * residual;
        }
        return Optional.of(new Pattern(means, counts, squares / Math.max(1, history.size() - 7), offset));
    }

    /**
     * What a span of time is expected to cost.
     *
     * @param expectedUsd the sum of the weekday means over the span (days in part by the share of their hours)
     * @param spreadUsd half the width of the 80 % interval around it
     */
    public record Outlook(double expectedUsd, double spreadUsd) {
    }

    /**
     * The recent weeks' weekday pattern: a mean cost per weekday, how many days each mean reads, and how the days
     * scattered around their means.
     */
    public static final class Pattern {
        private final double[] means;
        private final int[] counts;
        private final double variance;
        private final UtcOffset offset;

        private Pattern(double[] means, int[] counts, double variance, UtcOffset offset) {
            this.means = means;
            this.counts = counts;
            this.variance = variance;
            this.offset = offset;
        }

        /** What {@code [from, to)} is expected to cost, with its 80 % interval; zero when the span is empty. */
        public Outlook over(Instant from, Instant to) {
            ZoneOffset zone = offset.zoneOffset();
            double expected = 0;
            double days = 0;
            double[] perWeekday = new double[7];
            for (LocalDate day = from.atOffset(zone).toLocalDate(); day.atStartOfDay().toInstant(zone).isBefore(to);
                    day = day.plusDays(1)) {
                Instant dayStart = day.atStartOfDay().toInstant(zone);
                Instant dayEnd = day.plusDays(1).atStartOfDay().toInstant(zone);
                Instant start = dayStart.isBefore(from) ? from : dayStart;
                Instant until = dayEnd.isAfter(to) ? to : dayEnd;
                double weight = Math.max(0, Duration.between(start, until).getSeconds() / SECONDS_PER_DAY);
                int w = index(day.getDayOfWeek());
                expected += weight * means[w];
                days += weight;
                perWeekday[w] += weight;
            }
            double meanUncertainty = 0;
            for (int w = 0; w < 7; w++) {
                meanUncertainty += perWeekday[w] * perWeekday[w] / Math.max(1, counts[w]);
            }
            return new Outlook(expected, Z80 * Math.sqrt(variance * (days + meanUncertainty)));
        }
    }

    private static int index(DayOfWeek day) {
        return day.getValue() - 1;
    }
}
