package com.deadlinecost.present.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BudgetActionType;
import com.deadlinecost.model.budget.BudgetProjection;
import com.deadlinecost.model.budget.BudgetProjector;
import com.deadlinecost.model.budget.BurnUp;
import com.deadlinecost.present.Palette;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnUpChartsTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant NOW = START.plus(Duration.ofDays(10)).plus(Duration.ofHours(12));
    private static final Budget BUDGET = new Budget("budget-1", "farm-1", "queue-1", "Final Render", "", 2500,
        1050, true, START, START.plus(Duration.ofDays(30)), List.of(
            new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS, 98, ""),
            new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS, 100, "")), null);

    private static ChartModel model() {
        List<Double> days = List.of(80.0, 120.0, 90.0, 110.0, 100.0, 95.0, 105.0, 100.0, 100.0, 100.0);
        BudgetProjection projection = BudgetProjector.project(BUDGET, NOW, days);
        return BurnUpCharts.model(BurnUp.of(projection, days), "Burn-up", Palette.Theme.LIGHT);
    }

    @Test
    void oneBucketPerDayOfTheWindowWithSpendUpToTodayAndTheProjectionAfter() {
        ChartModel model = model();
        ChartSeries spent = model.series().get(0);
        ChartSeries projected = model.series().get(1);

        assertThat(model.kind()).isEqualTo(ChartKind.LINES);
        assertThat(model.buckets()).hasSize(30);
        assertThat(spent.values()[0]).isCloseTo(80, within(1e-9));
        assertThat(spent.values()[9]).isCloseTo(1000, within(1e-9));
        assertThat(spent.values()[10]).isEqualTo(1050);
        assertThat(spent.values()[11]).isNaN();
        assertThat(projected.values()[9]).isNaN();
        assertThat(projected.values()[29]).isGreaterThan(2500);
        assertThat(projected.high()[29]).isGreaterThan(projected.values()[29]);
        assertThat(projected.low()[29]).isLessThan(projected.values()[29]);
        assertThat(model.series().get(2).values()[29]).isCloseTo(2500, within(1e-9));
    }

    @Test
    void theLimitAndEachOtherThresholdAreGuides() {
        assertThat(model().guides()).extracting(ChartGuide::value).containsExactly(2500.0, 2450.0);
        assertThat(model().guides()).extracting(ChartGuide::label).containsExactly("Limit $2,500.00", "98 % stop");
    }

    @Test
    void closeGuideLabelsDoNotOverprint() {
        RecordingSurface surface = new RecordingSurface(null);

        ChartPainter.paint(model(), surface, 900, 500);

        RecordingSurface.Label limit = label(surface, "Limit $2,500.00");
        RecordingSurface.Label threshold = label(surface, "98 % stop");
        assertThat(threshold.baseline() - limit.baseline()).isGreaterThanOrEqualTo(
            surface.lineHeight(ChartPainter.SMALL) - 1e-9);
        assertThat(Collections.frequency(surface.texts.stream().map(RecordingSurface.Label::text).toList(),
            "Spent")).isEqualTo(1);
    }

    private static RecordingSurface.Label label(RecordingSurface surface, String text) {
        return surface.texts.stream().filter(each -> each.text().equals(text)).findFirst().orElseThrow();
    }
}
