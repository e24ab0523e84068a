package com.deadlinecost.model.insight;

import static com.deadlinecost.model.insight.InsightRows.day;
import static com.deadlinecost.model.insight.InsightRows.queue;
import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Spikes on generated daily series: office weeks with quiet weekends, noise, planted spikes and a crunch. */
class SpikeDetectorTest {
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z"); // a Monday
    private static final int DAYS = 20 * 7;
    private static final TimeRange SCORED = new TimeRange(START.plus(Duration.ofDays(28)),
        START.plus(Duration.ofDays(DAYS)));

    /** Ten queues whose days cost what {@code extra} adds to a weekly pattern with 10 % noise. */
    private static List<CostRow> farm(long seed, BiFunction<Integer, Integer, Double> extra) {
        Random random = new Random(seed);
        List<CostRow> rows = new ArrayList<>();
        for (int queue = 0; queue < 10; queue++) {
            double level = 50 + 40 * queue;
            for (int day = 0; day < DAYS; day++) {
                Instant start = START.plus(Duration.ofDays(day));
                DayOfWeek weekday = start.atOffset(ZoneOffset.UTC).getDayOfWeek();
                boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
                double usual = level * (weekend ? 0.15 : 1) * (1 + 0.1 * random.nextGaussian());
                rows.add(day("q" + queue, start, Math.max(0, usual + extra.apply(queue, day)), 3600));
            }
        }
        return rows;
    }

    private static List<Anomaly> detect(List<CostRow> rows) {
        return SpikeDetector.detect(CostGrid.of(rows), SCORED, Period.DAILY, UtcOffset.UTC, AnomalySettings.DEFAULTS);
    }

    @Test
    void weeklySeasonalityAloneIsNotFlagged() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(detect(farm(seed, (queue, day) -> 0.0))).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void aPlantedWeekendSpikeIsFoundOnItsQueueAndDay() {
        int saturday = 12 * 7 + 5;
        List<Anomaly> found = detect(farm(3, (queue, day) -> queue == 4 && day == saturday ? 2_000.0 : 0.0));

        assertThat(found).hasSize(1);
        Anomaly spike = found.get(0);
        assertThat(spike.group()).isEqualTo(queue("q4"));
        assertThat(spike.start()).isEqualTo(START.plus(Duration.ofDays(saturday)));
        assertThat(spike.end()).isEqualTo(spike.start().plus(Duration.ofDays(1)));
        assertThat(spike.excessUsd()).isBetween(1_900.0, 2_100.0);
        assertThat(spike.score()).isGreaterThanOrEqualTo(AnomalySettings.DEFAULTS.scoreThreshold());
    }

    @Test
    void aSpikeDoesNotHideTheNextDaysSpike() {
        int saturday = 12 * 7 + 5;
        List<Anomaly> found = detect(farm(5, (queue, day) -> queue == 2 && (day == saturday || day == saturday + 1)
            ? 3_000.0 : 0.0));

        assertThat(found).extracting(Anomaly::start).containsExactlyInAnyOrder(
            START.plus(Duration.ofDays(saturday)), START.plus(Duration.ofDays(saturday + 1)));
    }

    @Test
    void aCrunchThatLiftsTheWholeFarmIsNotOneQueuesAnomaly() {
        int crunchStart = 10 * 7;
        List<Anomaly> found = detect(farm(7, (queue, day) -> day >= crunchStart && day < crunchStart + 21
            ? 2.0 * (50 + 40 * queue) : 0.0));

        assertThat(found).isEmpty();
    }

    @Test
    void aSpikeTooSmallForTheDollarOrShareThresholdsIsNotFlagged() {
        int tuesday = 13 * 7 + 1;
        List<CostRow> rows = farm(9, (queue, day) -> queue == 0 && day == tuesday ? 25.0 : 0.0);
        TimeRange week = new TimeRange(START.plus(Duration.ofDays(13 * 7)), START.plus(Duration.ofDays(14 * 7)));
        AnomalySettings sensitive = new AnomalySettings(1, 10, 0, 3);

        List<Anomaly> loose = SpikeDetector.detect(CostGrid.of(rows), week, Period.DAILY, UtcOffset.UTC, sensitive);
        List<Anomaly> dollars = SpikeDetector.detect(CostGrid.of(rows), week, Period.DAILY, UtcOffset.UTC,
            new AnomalySettings(1, 40, 0, 3));
        List<Anomaly> share = SpikeDetector.detect(CostGrid.of(rows), week, Period.DAILY, UtcOffset.UTC,
            new AnomalySettings(1, 10, 0.02, 3));

        assertThat(loose).extracting(Anomaly::group).contains(queue("q0"));
        assertThat(dollars).extracting(Anomaly::group).doesNotContain(queue("q0"));
        assertThat(share).as("$25 is under 2 % of a day of about $2,300").extracting(Anomaly::group)
            .doesNotContain(queue("q0"));
    }

    @Test
    void bucketsWhoseBaselineReachesBeforeTheFirstSpendAreNotScored() {
        List<CostRow> rows = farm(11, (queue, day) -> queue == 1 && day == 3 ? 5_000.0 : 0.0);
        TimeRange all = new TimeRange(START, START.plus(Duration.ofDays(DAYS)));

        List<Anomaly> found = SpikeDetector.detect(CostGrid.of(rows), all, Period.DAILY, UtcOffset.UTC,
            AnomalySettings.DEFAULTS);

        assertThat(found).isEmpty();
    }

    @Test
    void theHistoryStartsFourWeeksBeforeTheFirstBucket() {
        TimeRange range = new TimeRange(Instant.parse("2026-03-10T10:30:00Z"), Instant.parse("2026-03-20T00:00:00Z"));

        assertThat(SpikeDetector.historyStart(range, Period.DAILY, UtcOffset.UTC))
            .isEqualTo(Instant.parse("2026-02-10T00:00:00Z"));
        assertThat(SpikeDetector.historyStart(range, Period.HOURLY, UtcOffset.UTC))
            .isEqualTo(Instant.parse("2026-02-10T10:00:00Z"));
    }

    @Test
    void robustStatisticsIgnoreOneOutlier() {
        assertThat(RobustStats.median(new double[] {1, 2, 3, 1000})).isEqualTo(2.5);
        assertThat(RobustStats.mad(new double[] {1, 2, 3, 1000})).isEqualTo(1.0);
        assertThat(RobustStats.median(new double[0])).isNaN();
    }
}
