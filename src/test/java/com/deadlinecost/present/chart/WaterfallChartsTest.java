package com.deadlinecost.present.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.insight.ChangeDecomposition;
import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.present.Palette;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaterfallChartsTest {
    private static final Instant START = ChartFixtures.START;

    private static CostRow row(String queue, double cost, double runtime) {
        return new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue), Bucket.of(START, START.plus(Duration.ofDays(1))),
            1, EnumSet.of(Statistic.SUM), new StatisticValues(cost, cost, cost, cost),
            new StatisticValues(runtime, runtime, runtime, runtime));
    }

    /** Six queues: three rise, two fall, one is new; costs with odd cents so rounding would show. */
    private static ChangeSummary changes() {
        List<CostRow> earlier = new ArrayList<>();
        List<CostRow> current = new ArrayList<>();
        double[][] costs = {{100.01, 250.37}, {80.33, 20.11}, {40.07, 41.19}, {12.5, 3.33}, {9.99, 19.98},
            {0, 7.77}};
        for (int queue = 0; queue < costs.length; queue++) {
            if (costs[queue][0] > 0) {
                earlier.add(row("queue-" + queue, costs[queue][0], 3600 * (queue + 1)));
            }
            current.add(row("queue-" + queue, costs[queue][1], 3600 * (queue + 2)));
        }
        return ChangeDecomposition.of(earlier, current, List.of(GroupField.QUEUE_ID));
    }

    private static ChartModel model(ChangeSummary changes, int topN) {
        return WaterfallCharts.model(changes, topN, DisplayNames.empty(), ChartModel.Header.titled("What changed"),
            Palette.Theme.LIGHT);
    }

    @Test
    void theStepsRunFromTheEarlierTotalToTheCurrentTotalToTheCent() {
        ChangeSummary changes = changes();
        ChartModel model = model(changes, 3);

        // Earlier, the three largest changes, "Other" for the rest, now.
        assertThat(model.series()).extracting(ChartSeries::label).containsExactly("Earlier", "queue-0", "queue-1",
            "queue-4", DisplayNames.OTHER_LABEL, "Now");
        double[][] spans = WaterfallCharts.spans(model.series());
        assertThat(spans[0]).containsExactly(0, changes.earlierTotalCents() / 100.0);
        for (int index = 1; index < spans.length - 1; index++) {
            assertThat(spans[index][0]).isCloseTo(spans[index - 1][1], within(1e-9));
        }
        assertThat(spans[spans.length - 2][1]).isCloseTo(changes.currentTotalCents() / 100.0, within(0.001));
        assertThat(spans[spans.length - 1]).containsExactly(0, changes.currentTotalCents() / 100.0);
    }

    @Test
    void risesAndFallsHaveTheirColoursAndEveryStepSaysItsRuntimeAndRateEffects() {
        ChartModel model = model(changes(), 8);

        for (ChartSeries bar : model.series()) {
            if (bar.mark() == ChartSeries.Mark.TOTAL) {
                assertThat(bar.colour()).isEqualTo(WaterfallCharts.TOTAL);
                assertThat(bar.detail()).isEmpty();
            } else {
                assertThat(bar.colour()).isEqualTo(bar.values()[0] >= 0 ? WaterfallCharts.RISE : WaterfallCharts.FALL);
                assertThat(bar.detail()).startsWith("runtime ").contains("\nrate ");
            }
        }
        assertThat(model.describe(1, 0)).isEqualTo("queue-0\n+$150.36\n" + model.series().get(1).detail());
        assertThat(model.describe(0, 0)).isEqualTo("Earlier\n$242.90");
    }

    @Test
    void thePainterDrawsOneBarPerStepAndAHitTestFindsEachUnderItsColumn() {
        ChartModel model = model(changes(), 3);
        RecordingSurface surface = new RecordingSurface(null);

        ChartLayout layout = ChartPainter.paint(model, surface, 1200, 700);

        for (int index = 0; index < model.series().size(); index++) {
            ChartSeries bar = model.series().get(index);
            double[] at = layout.pointOf(index, 0).orElseThrow();
            assertThat(layout.hitAt(at[0], at[1])).contains(new ChartHit(index, 0, false));
            assertThat(surface.boxes).anySatisfy(box -> {
                assertThat(box.colour()).isEqualTo(bar.colour());
                assertThat(box.x() + box.width() / 2).isCloseTo(at[0], within(1e-6));
            });
        }
        assertThat(surface.texts).extracting(RecordingSurface.Label::text).contains("+$150.36", "Now",
            "What changed");
        // No legend beside a waterfall: its columns are labelled.
        assertThat(layout.plotRight()).isGreaterThan(1100);
    }
}
