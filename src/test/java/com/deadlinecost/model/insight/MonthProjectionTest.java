package com.deadlinecost.model.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.GroupKey;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Projections on generated daily series with a weekday pattern, noise and a known trend. */
class MonthProjectionTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 7, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final Instant AS_OF = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(6 * 3600);

    /** Weekdays $1,000, weekends $150, with 15 % noise and {@code trend} growth per day. */
    private static NavigableMap<LocalDate, Double> series(long seed, double trend, LocalDate last) {
        Random random = new Random(seed);
        NavigableMap<LocalDate, Double> days = new TreeMap<>();
        int index = 0;
        for (LocalDate day = FIRST; !day.isAfter(last); day = day.plusDays(1), index++) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double usual = (weekend ? 150 : 1000) * (1 + trend * index);
            days.put(day, Math.max(0, usual * (1 + 0.15 * random.nextGaussian())));
        }
        return days;
    }

    private static double monthTotal(NavigableMap<LocalDate, Double> days, LocalDate inMonth) {
        return days.subMap(inMonth.withDayOfMonth(1), true, inMonth.withDayOfMonth(inMonth.lengthOfMonth()), true)
            .values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Projection project(NavigableMap<LocalDate, Double> full) {
        NavigableMap<LocalDate, Double> known = new TreeMap<>(full.headMap(TODAY, false));
        known.put(TODAY, full.get(TODAY) * 0.25);
        return MonthProjection.project(GroupKey.NONE, known, FIRST, AS_OF,
            MonthProjection.monthEnd(AS_OF, UtcOffset.UTC), UtcOffset.UTC).orElseThrow();
    }

    @Test
    void theMonthToDateIsWhatWasSpentSinceTheFirstIncludingTodaySoFar() {
        NavigableMap<LocalDate, Double> full = series(1, 0, TODAY.plusMonths(1));
        Projection projection = project(full);

        double expected = full.subMap(TODAY.withDayOfMonth(1), true, TODAY, false).values().stream()
            .mapToDouble(Double::doubleValue).sum() + full.get(TODAY) * 0.25;
        assertThat(projection.monthToDateUsd()).isCloseTo(expected, within(1e-6));
        assertThat(projection.target()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(projection.lowUsd()).isGreaterThanOrEqualTo(projection.monthToDateUsd());
        assertThat(projection.lowUsd()).isLessThan(projection.projectedUsd());
        assertThat(projection.highUsd()).isGreaterThan(projection.projectedUsd());
    }

    @Test
    void aSteadyWeekdayPatternIsProjectedWithinAFewPercentAndTheIntervalCoversAboutEightyPercent() {
        int covered = 0;
        int trials = 200;
        for (long seed = 1; seed <= trials; seed++) {
            NavigableMap<LocalDate, Double> full = series(seed, 0, TODAY.plusMonths(1));
            Projection projection = project(full);
            double actual = monthTotal(full, TODAY);
            assertThat(Math.abs(projection.projectedUsd() - actual) / actual).as("seed " + seed).isLessThan(0.10);
            covered += projection.covers(actual) ? 1 : 0;
        }
        assertThat(covered).isBetween(140, 185);
    }

    @Test
    void aKnownGentleTrendEndsInsideTheIntervalMostOfTheTime() {
        int covered = 0;
        for (long seed = 1; seed <= 100; seed++) {
            NavigableMap<LocalDate, Double> full = series(seed, 0.001, TODAY.plusMonths(1));
            Projection projection = project(full);
            covered += projection.covers(monthTotal(full, TODAY)) ? 1 : 0;
        }
        assertThat(covered).isGreaterThanOrEqualTo(65);
    }

    @Test
    void withoutTwoWeeksOfHistoryThereIsNoPattern() {
        NavigableMap<LocalDate, Double> full = series(2, 0, TODAY);
        assertThat(MonthProjection.project(GroupKey.NONE, full, TODAY.minusDays(10), AS_OF,
            MonthProjection.monthEnd(AS_OF, UtcOffset.UTC), UtcOffset.UTC)).isEmpty();
    }

    @Test
    void theBacktestProjectsEachOfTheLastSixMonthsOnDayTen() {
        NavigableMap<LocalDate, Double> full = series(3, 0, TODAY);

        ProjectionBacktest backtest = ProjectionBacktest.run(full, FIRST, AS_OF, UtcOffset.UTC);

        assertThat(backtest.months()).hasSize(6);
        assertThat(backtest.months().get(0).month().toString()).isEqualTo("2025-09");
        assertThat(backtest.months().get(5).month().toString()).isEqualTo("2026-02");
        ProjectionBacktest.Month february = backtest.months().get(5);
        assertThat(february.projection().asOf()).isEqualTo(Instant.parse("2026-02-11T00:00:00Z"));
        assertThat(february.actualUsd()).isCloseTo(monthTotal(full, LocalDate.of(2026, 2, 1)), within(1e-6));
        assertThat(backtest.meanAbsolutePercentageError()).isLessThan(0.05);
    }
}
