package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.BucketAlignment;
import com.deadlinecost.model.insight.ChangeDecomposition;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The chart's overlay inputs: what the investigation hands the results chart, and what its model then draws. */
class ResultsChartOverlaysTest {
    private final ObservableList<CostRow> rows = FXCollections.observableArrayList(ResultRows.sample());
    private final SimpleObjectProperty<StatisticsQuery> query =
        new SimpleObjectProperty<>(ResultRows.queueUserQuery());
    private final ResultsChartViewModel chart = new ResultsChartViewModel(rows, query, new DrillDownViewModel(query),
        RecomputeScheduler.immediate(), InlineTaskRunner.immediate());

    private Comparison previousWeek() {
        StatisticsQuery shown = query.get();
        StatisticsQuery earlier = InsightQueries.earlier(shown, CompareWith.PREVIOUS_PERIOD);
        // The week before: Lighting cost $30 on its second day.
        List<CostRow> earlierRows = List.of(ResultRows.row("q-light", "u-ana", -6, 3, 10, 3600));
        return new Comparison(CompareWith.PREVIOUS_PERIOD, earlier, earlierRows, BucketAlignment.of(shown.range(),
            earlier.range(), shown.period(), shown.offset()), ChangeDecomposition.of(earlierRows, rows,
            shown.groupBy()));
    }

    private ChartModel model() {
        chart.currentChartData();
        return chart.model(ResultRows.names(), Palette.Theme.LIGHT);
    }

    @Test
    void aComparisonDrawsTheEarlierWeekOnTheTimeChartDayByDay() {
        chart.chartTypeProperty().set(ChartKind.LINES);

        chart.comparisonProperty().set(previousWeek());

        ChartModel model = model();
        assertThat(model.overlays().earlier()).hasValueSatisfying(earlier -> {
            assertThat(earlier.label()).isEqualTo("Previous period (Feb 24 \u2013 Mar 2)");
            assertThat(earlier.of("q-light").orElseThrow()).containsExactly(0, 30, 0, 0, 0, 0, 0);
        });
        assertThat(chart.overlayInputs().earlier()).isPresent();
    }

    @Test
    void anomaliesBecomeMarkersAndClearingTheInputsClearsTheOverlays() {
        chart.chartTypeProperty().set(ChartKind.STACKED_BARS);
        chart.comparisonProperty().set(previousWeek());
        chart.anomalies().add(new Anomaly(Anomaly.Kind.SPEND_SPIKE, GroupKey.of(GroupField.QUEUE_ID, "q-comp"),
            ResultRows.day(2).start(), ResultRows.day(2).start().plus(Duration.ofDays(1)), 6, 1, 5, "", List.of()));

        assertThat(model().overlays().markers()).singleElement().satisfies(marker -> {
            assertThat(marker.seriesKey()).isEqualTo("q-comp");
            assertThat(marker.bucket()).isEqualTo(2);
            assertThat(marker.describe()).contains("Compositing");
        });

        chart.comparisonProperty().set(null);
        chart.anomalies().clear();

        assertThat(model().overlays().isEmpty()).isTrue();
    }

    @Test
    void chartsWithoutATimeAxisDrawNoOverlays() {
        chart.chartTypeProperty().set(ChartKind.RANKED_BARS);

        chart.comparisonProperty().set(previousWeek());

        assertThat(model().overlays().isEmpty()).isTrue();
        assertThat(chart.overlayInputs().isEmpty()).isFalse();
    }
}
