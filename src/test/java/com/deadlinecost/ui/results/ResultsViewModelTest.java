package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    private RowStore source;
    private final SimpleObjectProperty<StatisticsQuery> query = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DisplayNames> names = new SimpleObjectProperty<>(DisplayNames.empty());
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();

    private ResultsViewModel immediate() {
        source = new RowStore(RecomputeScheduler.immediate());
        return new ResultsViewModel(source, query, names, RecomputeScheduler.immediate(), clipboard::add);
    }

    private ResultsViewModel deferred() {
        source = new RowStore(scheduled::add);
        return new ResultsViewModel(source, query, names, scheduled::add, clipboard::add);
    }

    private void runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    private void show(List<CostRow> rows) {
        query.set(ResultRows.queueUserQuery());
        source.load(rows);
    }

    @Test
    void theGroupedTablesTrendFollowsTheChosenMeasure() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());
        GroupTable.Line costLine = results.groupTableProperty().get().lines().get(0);
        assertThat(Arrays.stream(costLine.byBucket()).sum()).isCloseTo(costLine.cost(), within(1e-6));

        results.trendMeasureProperty().set(Measure.RUNTIME_SUM);

        GroupTable.Line runtimeLine = results.groupTableProperty().get().lines().get(0);
        assertThat(runtimeLine.key()).isEqualTo(costLine.key());
        assertThat(Arrays.stream(runtimeLine.byBucket()).sum()).isCloseTo(runtimeLine.runtime(), within(1e-6))
            .isNotCloseTo(runtimeLine.cost(), within(1e-6));
    }

    @Test
    void insideADrilledQueueTheTopGroupIsItsTopUserNotTheQueue() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());
        String queue = ResultRows.sample().get(0).value(GroupField.QUEUE_ID).orElseThrow();

        results.drillDown().drillInto(GroupField.QUEUE_ID, queue);

        ResultsSummary summary = results.summaryProperty().get();
        assertThat(summary.topField()).isEqualTo(GroupField.USER_ID);
        assertThat(summary.shareOfCost(summary.topCost())).isLessThan(1.0);
    }

    @Test
    void theSessionTotalSaysItCountsSessionPeriods() {
        assertThat(ResultsSummary.sessionsCaption(com.deadlinecost.model.query.Period.DAILY)).isEqualTo("Session-days");
        assertThat(ResultsSummary.sessionsCaption(com.deadlinecost.model.query.Period.HOURLY))
            .isEqualTo("Session-hours");
        assertThat(ResultsSummary.sessionsExplanation(com.deadlinecost.model.query.Period.DAILY))
            .contains("once for every day it ran in");
    }

    @Test
    void summaryTotalsTheShownRows() {
        ResultsViewModel results = immediate();
        names.set(ResultRows.names());
        show(ResultRows.sample());

        ResultsSummary summary = results.summaryProperty().get();
        assertThat(summary.rowCount()).isEqualTo(4);
        assertThat(summary.sessionCount()).isEqualTo(11);
        assertThat(summary.costTotal()).isEqualTo(80.0);
        assertThat(summary.runtimeTotal()).isEqualTo(5 * 3600 + 2 * 1800 + 600 + 3 * 600);
        assertThat(summary.costPerRuntimeHour()).isCloseTo(80.0 / (24_000.0 / 3600), within(1e-9));
        assertThat(summary.topGroupName(results.names())).isEqualTo("Lighting");
        assertThat(summary.topCost()).isEqualTo(70.0);
    }

    @Test
    void quickSearchMatchesNamesAndIdsAndTotalsFollowIt() {
        ResultsViewModel results = immediate();
        names.set(ResultRows.names());
        show(ResultRows.sample());

        results.searchTextProperty().set("ben");
        assertThat(results.shownRows()).hasSize(1);
        assertThat(results.summaryProperty().get().costTotal()).isEqualTo(20.0);

        results.searchTextProperty().set("Q-COMP");
        assertThat(results.shownRows()).hasSize(2);
        assertThat(results.summaryProperty().get().costTotal()).isEqualTo(10.0);
    }

    @Test
    void namesArrivingLaterAreSearchable() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());
        results.searchTextProperty().set("okafor");
        assertThat(results.shownRows()).isEmpty();

        names.set(ResultRows.names());

        assertThat(results.shownRows()).hasSize(1);
    }

    @Test
    void drillingIntoAGroupFiltersTableAndTotals() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());

        results.drillDown().drillInto(GroupField.QUEUE_ID, "q-light");

        assertThat(results.shownRows()).extracting(row -> row.value(GroupField.QUEUE_ID).orElseThrow())
            .containsOnly("q-light");
        assertThat(results.summaryProperty().get().costTotal()).isEqualTo(70.0);
        results.drillDown().back();
        assertThat(results.shownRows()).hasSize(4);
    }

    @Test
    void columnFiltersKeepOnlyTheTickedValues() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());

        results.setColumnFilter(GroupField.USER_ID, Set.of("u-ben"));
        assertThat(results.shownRows()).hasSize(1);
        assertThat(results.columnFilter(GroupField.USER_ID)).contains(Set.of("u-ben"));

        results.clearColumnFilter(GroupField.USER_ID);
        assertThat(results.shownRows()).hasSize(4);
    }

    @Test
    void distinctValuesAreOrderedByName() {
        ResultsViewModel results = immediate();
        names.set(ResultRows.names());
        show(ResultRows.sample());

        assertThat(results.distinctValues(GroupField.QUEUE_ID)).containsExactly("q-comp", "q-light");
    }

    @Test
    void pagesArrivingTogetherAreRecomputedOnce() {
        ResultsViewModel results = deferred();
        ResultsChartViewModel chart = new ResultsChartViewModel(results.shownRows(), query, results.drillDown(),
            scheduled::add, InlineTaskRunner.immediate());
        query.set(ResultRows.queueUserQuery());
        runScheduled();
        List<CostRow> sample = ResultRows.sample();

        source.add(sample.subList(0, 2));
        source.add(sample.subList(2, 4));

        assertThat(scheduled).as("one intake of both pages").hasSize(1);
        assertThat(results.shownRows()).as("not yet applied").isEmpty();
        runScheduled();
        assertThat(results.shownRows()).hasSize(4);
        assertThat(scheduled).as("one summary and one chart recomputation").hasSize(2);
        assertThat(results.summaryProperty().get().rowCount()).as("not yet recomputed").isZero();
        runScheduled();
        assertThat(results.summaryProperty().get().rowCount()).isEqualTo(4);
        assertThat(chart.seriesSetProperty().get().series()).hasSize(2);
    }

    @Test
    void aBatchIsMergedIntoTheShownRowsInOrderWithOneChange() {
        ResultsViewModel results = deferred();
        query.set(ResultRows.queueUserQuery());
        List<CostRow> many = new ArrayList<>();
        for (int day = 0; day < 2500; day++) {
            many.add(ResultRows.row("q-light", "u-ana", day, 1, day, 60));
        }
        List<CostRow> evenDays = new ArrayList<>();
        List<CostRow> oddDays = new ArrayList<>();
        for (CostRow row : many) {
            (evenDays.size() == oddDays.size() ? evenDays : oddDays).add(row);
        }
        source.add(evenDays);
        runScheduled();
        List<Integer> changes = new ArrayList<>();
        results.shownRows().addListener((ListChangeListener<CostRow>) change -> {
            int added = 0;
            while (change.next()) {
                assertThat(change.wasRemoved()).isFalse();
                added += change.getAddedSize();
            }
            changes.add(added);
        });

        source.add(oddDays.subList(0, 600));
        source.add(oddDays.subList(600, oddDays.size()));
        runScheduled();

        assertThat(changes).as("one change for both pages").containsExactly(oddDays.size());
        assertThat(results.shownRows()).containsExactlyElementsOf(many);
        assertThat(results.currentSummary().rowCount()).isEqualTo(2500);
    }

    @Test
    void clearingTheSourceClearsTheRowsAtOnce() {
        ResultsViewModel results = deferred();
        show(ResultRows.sample());
        runScheduled();

        source.clear();

        assertThat(results.shownRows()).isEmpty();
    }

    @Test
    void absentTotalsStayAbsent() {
        ResultsViewModel results = immediate();
        query.set(ResultRows.query(List.of(GroupField.QUEUE_ID, GroupField.USER_ID),
            EnumSet.of(Statistic.MIN, Statistic.MAX)));
        source.add(List.of(ResultRows.withStatistics("q-light", "u-ana", 0, 3, 5, 60, EnumSet.of(Statistic.MIN,
            Statistic.MAX))));

        ResultsSummary summary = results.summaryProperty().get();
        assertThat(summary.costTotal()).isNaN();
        assertThat(summary.runtimeTotal()).isNaN();
        assertThat(summary.costPerRuntimeHour()).isNaN();
        assertThat(summary.sessionCount()).isEqualTo(3);
        assertThat(Formats.money(summary.costTotal())).isEqualTo(Formats.ABSENT);
    }

    @Test
    void emptyStatesSayWhyNothingIsShown() {
        ResultsViewModel results = immediate();
        assertThat(results.emptyMessageBinding().get()).startsWith("Run a query");

        query.set(ResultRows.queueUserQuery());
        results.loadingProperty().set(true);
        assertThat(results.emptyMessageBinding().get()).startsWith("Loading");
        results.loadingProperty().set(false);
        assertThat(results.emptyMessageBinding().get()).startsWith("No usage in this range");

        source.load(ResultRows.sample());
        assertThat(results.emptyMessageBinding().get()).isEmpty();
        results.searchTextProperty().set("nobody");
        assertThat(results.emptyMessageBinding().get()).startsWith("No rows match");
        results.clearFilters();
        assertThat(results.emptyMessageBinding().get()).isEmpty();
    }

    @Test
    void sortingByTheTableKeepsATieBreaker() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());
        SimpleObjectProperty<Comparator<CostRow>> tableOrder = new SimpleObjectProperty<>();
        results.bindSortOrder(tableOrder);

        tableOrder.set(Comparator.comparingDouble(row -> -row.costTotal()));

        assertThat(results.shownRows()).extracting(CostRow::costTotal).containsExactly(50.0, 20.0, 6.0, 4.0);
        tableOrder.set(Comparator.comparing(row -> row.value(GroupField.USER_ID).orElse("")));
        assertThat(results.shownRows()).extracting(CostRow::costTotal).containsExactly(4.0, 6.0, 50.0, 20.0);
    }

    @Test
    void copyPutsSelectedRowsOnTheClipboardAsTsv() {
        ResultsViewModel results = immediate();
        names.set(ResultRows.names());
        show(ResultRows.sample());

        results.copyRows(List.of(results.shownRows().get(0)));

        assertThat(clipboard).hasSize(1);
        String[] lines = clipboard.get(0).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Queue\tQueue ID\tUser\tUser ID\tBucket start (UTC+00:00)");
        assertThat(lines[1].split("\t")).startsWith("Compositing", "q-comp", "Ana Lima", "u-ana",
            "2025-03-04 00:00:00", "2025-03-05 00:00:00", "1", "4");
    }

    @Test
    void aNewQueryClearsColumnFilters() {
        ResultsViewModel results = immediate();
        show(ResultRows.sample());
        results.setColumnFilter(GroupField.USER_ID, Set.of("u-ben"));

        query.set(ResultRows.query(List.of(GroupField.QUEUE_ID), ResultRows.ALL));

        assertThat(results.columnFilter(GroupField.USER_ID)).isEmpty();
    }
}
