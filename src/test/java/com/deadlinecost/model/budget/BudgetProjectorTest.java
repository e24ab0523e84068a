package com.deadlinecost.model.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BudgetProjectorTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(30));
    private static final BudgetAction STOP_90 = new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS,
        90, "");
    private static final BudgetAction CANCEL_100 = new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS,
        100, "");

    private static Budget budget(double limit, double used, Instant stoppedAt) {
        return new Budget("budget-1", "farm-1", "queue-1", "B", "", limit, used, true, START, END,
            List.of(CANCEL_100, STOP_90), stoppedAt);
    }

    @Test
    void steadySpendIsProjectedAtItsPaceWithThresholdDates() {
        Instant now = START.plus(Duration.ofDays(10));
        List<Double> days = new ArrayList<>(List.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0,
            100.0));

        BudgetProjection projection = BudgetProjector.project(budget(2500, 1000, null), now, days);

        assertThat(projection.pacePerDay()).isCloseTo(100, within(1e-9));
        assertThat(projection.projected()).isCloseTo(3000, within(1e-6));
        assertThat(projection.projectedShare()).isCloseTo(1.2, within(1e-9));
        assertThat(projection.thresholds()).extracting(ThresholdForecast::date)
            .containsExactly(START.plus(Duration.ofHours(22 * 24 + 12)), START.plus(Duration.ofDays(25)));
        assertThat(projection.stopDate()).contains(START.plus(Duration.ofHours(22 * 24 + 12)));
        assertThat(projection.low()).isEqualTo(projection.high()).isCloseTo(3000, within(1e-6));
    }

    @Test
    void aThresholdBeyondTheWindowHasNoDate() {
        BudgetProjection projection = BudgetProjector.project(budget(10_000, 1000, null),
            START.plus(Duration.ofDays(10)));

        assertThat(projection.projected()).isCloseTo(3000, within(1e-6));
        assertThat(projection.thresholds()).allSatisfy(forecast -> assertThat(forecast.date()).isNull());
        assertThat(projection.stopDate()).isEmpty();
    }

    @Test
    void reachedThresholdsCarryTheStopTime() {
        Instant stopped = START.plus(Duration.ofDays(8));

        BudgetProjection projection = BudgetProjector.project(budget(1000, 950, stopped),
            START.plus(Duration.ofDays(10)));

        ThresholdForecast first = projection.thresholds().get(0);
        assertThat(first.reached()).isTrue();
        assertThat(first.reachedAt()).isEqualTo(stopped);
        assertThat(projection.thresholds().get(1).reached()).isFalse();
    }

    @Test
    void aStoppedQueueIsProjectedToSpendNothingMore() {
        Instant now = START.plus(Duration.ofDays(10));

        BudgetProjection projection = BudgetProjector.project(budget(1000, 950, now.minus(Duration.ofDays(1))), now,
            List.of(90.0, 100.0, 110.0));

        assertThat(projection.projected()).isEqualTo(950);
        assertThat(projection.banded()).isFalse();
        assertThat(projection.thresholds().get(1).date()).isNull();
    }

    @Test
    void anEndedWindowProjectsWhatWasUsed() {
        BudgetProjection projection = BudgetProjector.project(budget(1000, 700, null), END.plus(Duration.ofDays(3)),
            List.of(10.0, 30.0, 20.0));

        assertThat(projection.projected()).isEqualTo(700);
        assertThat(projection.banded()).isFalse();
        assertThat(projection.stopDate()).isEmpty();
    }

    /**
     * On generated spend (a weekly rhythm plus noise), the band holds the real spend at the end of the window in
     * about 80 % of windows: the band means what it says.
     */
    @Test
    void theBandHoldsTheOutcomeOfGeneratedSpendAboutFourTimesInFive() {
        Random random = new Random(18);
        int windows = 2000;
        int inside = 0;
        for (int window = 0; window < windows; window++) {
            double level = 50 + random.nextDouble() * 450;
            double[] spend = new double[30];
            for (int day = 0; day < spend.length; day++) {
                double weekly = day % 7 >= 5 ? 0.4 : 1.15;
                spend[day] = Math.max(0, level * weekly * (1 + 0.35 * random.nextGaussian()));
            }
            int observed = 10 + random.nextInt(10);
            List<Double> days = new ArrayList<>();
            double used = 0;
            for (int day = 0; day < observed; day++) {
                days.add(spend[day]);
                used += spend[day];
            }
            double total = used;
            for (int day = observed; day < spend.length; day++) {
                total += spend[day];
            }
            BudgetProjection projection = BudgetProjector.project(budget(1e9, used, null),
                START.plus(Duration.ofDays(observed)), days);
            if (total >= projection.low() && total <= projection.high()) {
                inside++;
            }
        }
        assertThat(inside / (double) windows).isBetween(0.72, 0.92);
    }

    @Test
    void riskPutsStoppedFirstThenTheHighestProjectionThenInactive() {
        Instant now = START.plus(Duration.ofDays(10));
        Budget stopped = budget(1000, 1000, now);
        Budget heading = new Budget("b2", "f", "q", "Heading over", "", 1000, 500, true, START, END, List.of(), null);
        Budget calm = new Budget("b3", "f", "q", "Calm", "", 1000, 100, true, START, END, List.of(), null);
        Budget off = new Budget("b4", "f", "q", "Off", "", 10, 500, false, START, END, List.of(), null);

        List<Budget> ordered = java.util.stream.Stream.of(calm, off, heading, stopped)
            .map(budget -> BudgetProjector.project(budget, now)).sorted(BudgetRisk.order())
            .map(BudgetProjection::budget).toList();

        assertThat(ordered).containsExactly(stopped, heading, calm, off);
    }
}
