package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ResultsChartViewModelTest {

    private final ObservableList<CostRow> rows = FXCollections.observableArrayList(ResultRows.sample());
    private final SimpleObjectProperty<StatisticsQuery> query =
        new SimpleObjectProperty<>(ResultRows.queueUserQuery());
    private final DrillDownViewModel drillDown = new DrillDownViewModel(query);
    private final ResultsChartViewModel chart =
        new ResultsChartViewModel(rows, query, drillDown, RecomputeScheduler.immediate(),
            InlineTaskRunner.immediate());

    private List<String> labels() {
        return chart.seriesSetProperty().get().series().stream().map(Series::label).toList();
    }

    @Test
    void offersTheQuerysGroupBysAsDimensions() {
        assertThat(chart.dimensions()).containsExactly(GroupField.QUEUE_ID, GroupField.USER_ID);
        assertThat(chart.dimensionProperty().get()).isEqualTo(GroupField.QUEUE_ID);

        query.set(ResultRows.query(List.of(GroupField.USER_ID), ResultRows.ALL));

        assertThat(chart.dimensions()).containsExactly(GroupField.USER_ID);
        assertThat(chart.dimensionProperty().get()).isEqualTo(GroupField.USER_ID);
    }

    @Test
    void ranksGroupsByTheMeasureOverTheWholeRange() {
        SeriesSet set = chart.seriesSetProperty().get();

        assertThat(set.buckets()).hasSize(1);
        assertThat(labels()).containsExactly("q-light", "q-comp");
        assertThat(set.series().get(0).total()).isEqualTo(70.0);
    }

    @Test
    void foldsGroupsBeyondTopNIntoOther() {
        rows.add(ResultRows.row("q-fx", "u-ana", 0, 1, 1, 60));
        chart.topNProperty().set(1);

        assertThat(labels()).containsExactly("q-light", DisplayNames.OTHER_LABEL);
        assertThat(chart.seriesSetProperty().get().series().get(1).total()).isEqualTo(11.0);
        assertThat(chart.canDrillInto(chart.seriesSetProperty().get().series().get(1))).isFalse();
    }

    @Test
    void overTimeChartsHaveOneValuePerBucketOfTheWholeRange() {
        chart.chartTypeProperty().set(ChartKind.STACKED_BARS);

        SeriesSet set = chart.seriesSetProperty().get();
        // The query covers seven days; days without rows are on the axis as zero.
        assertThat(set.buckets()).hasSize(7);
        assertThat(set.series().get(0).values()).containsExactly(70.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void measuresCountAndAverageCostFromTotals() {
        chart.dimensionProperty().set(GroupField.USER_ID);
        chart.measureProperty().set(Measure.AVERAGE_COST);

        Series ana = chart.seriesSetProperty().get().series().stream()
            .filter(series -> series.label().equals("u-ana")).findFirst().orElseThrow();
        assertThat(ana.total()).isEqualTo((50.0 + 4 + 6) / 9);
    }

    @Test
    void seriesFollowTheRowsTheyAreGiven() {
        rows.remove(0);

        assertThat(chart.seriesSetProperty().get().series().get(0).total()).isEqualTo(20.0);
    }

    @Test
    void clickingAGroupDrillsIntoItAndMovesToTheOtherDimension() {
        Series lighting = chart.seriesSetProperty().get().series().get(0);

        chart.drillInto(lighting);

        assertThat(drillDown.steps()).containsExactly(new DrillStep(GroupField.QUEUE_ID, "q-light"));
        assertThat(chart.dimensionProperty().get()).isEqualTo(GroupField.USER_ID);
    }

    @Test
    void legendTogglesHideAndShowASeries() {
        Series lighting = chart.seriesSetProperty().get().series().get(0);

        chart.toggleSeries(lighting);
        assertThat(chart.isHidden(lighting)).isTrue();
        chart.toggleSeries(lighting);
        assertThat(chart.isHidden(lighting)).isFalse();
    }

    @Test
    void aFoldSupersededWhileItRunsIsDroppedAndTheLatestRowsWin() {
        InlineTaskRunner folds = InlineTaskRunner.deferred();
        ResultsChartViewModel background = new ResultsChartViewModel(rows, query, drillDown,
            RecomputeScheduler.immediate(), folds);
        assertThat(background.seriesSetProperty().get()).as("nothing folded on the calling thread").isNull();
        while (folds.runNext()) {
            // the folds queued while the chart was set up
        }
        SeriesSet shown = background.seriesSetProperty().get();
        assertThat(shown.series().get(0).total()).isEqualTo(70.0);

        rows.remove(0);
        rows.remove(0);
        assertThat(folds.pendingCount()).as("one fold at a time").isEqualTo(1);

        folds.runNext();
        assertThat(background.seriesSetProperty().get()).as("the superseded fold is dropped").isSameAs(shown);
        assertThat(folds.pendingCount()).as("the latest rows fold next").isEqualTo(1);

        folds.runNext();
        assertThat(background.seriesSetProperty().get().series()).extracting(Series::label)
            .containsExactly("q-comp");
        assertThat(background.seriesSetProperty().get().series().get(0).total()).isEqualTo(10.0);
        assertThat(folds.pendingCount()).isZero();
    }

    @Test
    void anExportFoldsTheSameRowsAfreshForItsOwnWidth() {
        TimeRange month = new TimeRange(ResultRows.MONDAY, ResultRows.MONDAY.plusSeconds(30 * 86_400L));
        List<CostRow> hours = new ArrayList<>();
        for (Instant at = month.start(); at.isBefore(month.end()); at = at.plusSeconds(3600)) {
            GroupKey key = GroupKey.of(GroupField.QUEUE_ID, "q-light", GroupField.USER_ID, "u-ana");
            hours.add(new CostRow(key, Bucket.of(at, at.plusSeconds(3600)), 1, ResultRows.ALL,
                new StatisticValues(2, 2, 2, 2), new StatisticValues(60, 60, 60, 60)));
        }
        rows.setAll(hours);
        query.set(new StatisticsQuery("farm-1", ResourceSelection.queues("q-light"), month, UtcOffset.UTC,
            Period.HOURLY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID), ResultRows.ALL));
        chart.chartTypeProperty().set(ChartKind.STACKED_BARS);
        chart.plotWidthProperty().set(300);

        ChartData screen = chart.currentChartData();
        ChartData export = chart.foldFor(1600).get();

        assertThat(screen.period()).isEqualTo(Period.DAILY);
        assertThat(export.period()).as("1600 px hold 720 hours").isEqualTo(Period.HOURLY);
        assertThat(export.series().series().get(0).total()).isEqualTo(screen.series().series().get(0).total());
    }
}
