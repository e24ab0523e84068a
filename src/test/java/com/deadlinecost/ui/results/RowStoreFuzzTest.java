package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.fuzz.Fuzz;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The intake's promise, tried on random sequences of pages, pulses, filters, sorts and trend measures: after each
 * step the shown rows are exactly the received rows that pass the filter, in the table's order, and every total
 * (summary, grouped table, the chart's series) equals the one computed from scratch over the shown rows.
 */
class RowStoreFuzzTest {
    private static final String SUITE = "row store";
    private static final List<String> QUEUES = List.of("q-light", "q-comp", "q-fx");
    private static final List<String> USERS = List.of("u-ana", "u-ben", "u-cy");
    private static final List<Set<Statistic>> STATISTICS = List.of(ResultRows.ALL, EnumSet.of(Statistic.SUM),
        EnumSet.of(Statistic.AVG), EnumSet.of(Statistic.MIN, Statistic.MAX), EnumSet.of(Statistic.SUM, Statistic.MAX));
    private static final List<Comparator<CostRow>> ORDERS = List.of(
        Comparator.comparingDouble(row -> -nanLow(row.costTotal())),
        Comparator.comparing(row -> row.value(GroupField.USER_ID).orElse("")),
        Comparator.comparingLong(CostRow::count),
        Comparator.comparing(CostRow::bucket).reversed());
    private static final List<String> SEARCHES = List.of("", "ana", "light", "q-", "nobody", "Ben");

    private final List<Runnable> pulse = new ArrayList<>();
    private final SimpleObjectProperty<StatisticsQuery> query = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DisplayNames> names = new SimpleObjectProperty<>(ResultRows.names());
    private final SimpleObjectProperty<Comparator<CostRow>> tableOrder = new SimpleObjectProperty<>();
    private final RowStore store = new RowStore(pulse::add);
    private final ResultsViewModel results = new ResultsViewModel(store, query, names, pulse::add, text -> { });
    private final ResultsChartViewModel chart = new ResultsChartViewModel(results.shownRows(), query,
        results.drillDown(), pulse::add, InlineTaskRunner.immediate());

    @Test
    void shownRowsStaySortedAndTotalsEqualAFullRecomputation() {
        SplittableRandom random = Fuzz.random(SUITE);
        Fuzz.Tally tally = new Fuzz.Tally(SUITE);
        results.bindSortOrder(tableOrder);
        query.set(ResultRows.queueUserQuery());
        int sequences = Fuzz.tries(40, 2_000);
        for (int sequence = 0; sequence < sequences; sequence++) {
            store.clear();
            results.clearFilters();
            int steps = 1 + random.nextInt(30);
            for (int step = 0; step < steps; step++) {
                String operation = step(random);
                runPulse();
                String where = tally.where(sequence, "step " + step + " (" + operation + ")");
                check(where);
                tally.add(operation);
            }
        }
        tally.print();
        assertThat(tally.inputs()).isPositive();
    }

    private String step(SplittableRandom random) {
        int choice = random.nextInt(12);
        if (choice < 5) {
            int pages = 1 + random.nextInt(3);
            for (int page = 0; page < pages; page++) {
                store.add(page(random));
            }
            return "pages";
        }
        switch (choice) {
            case 5:
                results.searchTextProperty().set(SEARCHES.get(random.nextInt(SEARCHES.size())));
                return "search";
            case 6:
                if (random.nextBoolean()) {
                    results.setColumnFilter(GroupField.USER_ID, Set.of(USERS.get(random.nextInt(USERS.size()))));
                } else {
                    results.clearColumnFilter(GroupField.USER_ID);
                }
                return "column filter";
            case 7:
                if (results.drillDown().steps().isEmpty()) {
                    results.drillDown().drillInto(GroupField.QUEUE_ID, QUEUES.get(random.nextInt(QUEUES.size())));
                } else {
                    results.drillDown().back();
                }
                return "drill-down";
            case 9:
                chart.dimensionProperty().set(random.nextBoolean() ? GroupField.QUEUE_ID : GroupField.USER_ID);
                chart.measureProperty().set(Measure.values()[random.nextInt(Measure.values().length)]);
                return "chart dimension and measure";
            case 10:
                chart.chartTypeProperty().set(ChartKind.values()[random.nextInt(ChartKind.values().length)]);
                return "chart type";
            case 8:
                int order = random.nextInt(ORDERS.size() + 1);
                tableOrder.set(order == ORDERS.size() ? null : ORDERS.get(order));
                return "sort";
            default:
                results.trendMeasureProperty().set(Measure.values()[random.nextInt(Measure.values().length)]);
                return "trend measure";
        }
    }

    private static List<CostRow> page(SplittableRandom random) {
        List<CostRow> rows = new ArrayList<>();
        int size = random.nextInt(12);
        for (int index = 0; index < size; index++) {
            rows.add(ResultRows.withStatistics(QUEUES.get(random.nextInt(QUEUES.size())),
                USERS.get(random.nextInt(USERS.size())), random.nextInt(7), random.nextInt(6),
                Math.round(random.nextDouble() * 1000) / 100.0, random.nextInt(7200),
                STATISTICS.get(random.nextInt(STATISTICS.size()))));
        }
        return rows;
    }

    private void runPulse() {
        while (!pulse.isEmpty()) {
            List<Runnable> due = new ArrayList<>(pulse);
            pulse.clear();
            due.forEach(Runnable::run);
        }
    }

    private void check(String where) {
        List<CostRow> shown = new ArrayList<>(results.shownRows());
        Comparator<CostRow> order = tableOrder.get() == null ? ResultsViewModel.TIE_BREAKER
            : tableOrder.get().thenComparing(ResultsViewModel.TIE_BREAKER);
        for (int index = 1; index < shown.size(); index++) {
            assertThat(order.compare(shown.get(index - 1), shown.get(index))).as(where + ": sorted at " + index)
                .isLessThanOrEqualTo(0);
        }
        Predicate<CostRow> filter = new RowFilter(results.searchTextProperty().get(), results.drillDown().steps(),
            columnFilters()).predicate(names.get());
        Map<CostRow, Integer> expected = new IdentityHashMap<>();
        for (CostRow row : store.all()) {
            if (filter.test(row)) {
                expected.merge(row, 1, Integer::sum);
            }
        }
        Map<CostRow, Integer> actual = new IdentityHashMap<>();
        shown.forEach(row -> actual.merge(row, 1, Integer::sum));
        assertThat(actual).as(where + ": the rows passing the filter").isEqualTo(expected);

        GroupField top = results.drillDown().steps().isEmpty() ? GroupField.QUEUE_ID : GroupField.USER_ID;
        assertSameSummary(where, results.summaryProperty().get(), ResultsSummary.of(shown, top));
        assertSameTable(where, results.groupTableProperty().get(), GroupTable.of(shown, query.get(),
            results.trendMeasure()));
        assertSameChart(where, shown);
    }

    private void assertSameChart(String where, List<CostRow> shown) {
        StatisticsQuery asked = query.get();
        ChartData.Request request = new ChartData.Request(chart.chartTypeProperty().get(),
            chart.dimensionProperty().get(), chart.measureProperty().get(), chart.topNProperty().get(),
            asked.period(), asked.offset(), asked.range());
        ChartData expected = ChartData.of(shown, request, ChartData.maxBucketsFor(chart.plotWidthProperty().get()));
        ChartData actual = chart.currentChartData();
        assertThat(actual.period()).as(where + ": display period").isEqualTo(expected.period());
        assertThat(actual.series().buckets()).as(where + ": chart buckets").isEqualTo(expected.series().buckets());
        Map<String, Series> byKey = new HashMap<>();
        actual.series().series().forEach(series -> byKey.put(ResultsChartViewModel.seriesKey(series), series));
        assertThat(byKey).as(where + ": chart series").hasSameSizeAs(expected.series().series());
        for (Series series : expected.series().series()) {
            Series got = byKey.get(ResultsChartViewModel.seriesKey(series));
            assertThat(got).as(where + ": series " + series.label()).isNotNull();
            assertClose(where + ": total of " + series.label(), got.total(), series.total());
            for (int bucket = 0; bucket < series.size(); bucket++) {
                assertClose(where + ": " + series.label() + " at " + bucket, got.value(bucket), series.value(bucket));
            }
        }
    }

    private Map<GroupField, Set<String>> columnFilters() {
        return results.columnFilter(GroupField.USER_ID).map(allowed -> Map.of(GroupField.USER_ID, allowed))
            .orElse(Map.of());
    }

    private static void assertSameSummary(String where, ResultsSummary actual, ResultsSummary expected) {
        assertThat(actual.rowCount()).as(where + ": rows").isEqualTo(expected.rowCount());
        assertThat(actual.sessionCount()).as(where + ": sessions").isEqualTo(expected.sessionCount());
        assertClose(where + ": cost", actual.costTotal(), expected.costTotal());
        assertClose(where + ": runtime", actual.runtimeTotal(), expected.runtimeTotal());
        assertClose(where + ": top cost", actual.topCost(), expected.topCost());
        assertThat(actual.topField()).as(where + ": top field").isEqualTo(expected.topField());
    }

    private static void assertSameTable(String where, GroupTable actual, GroupTable expected) {
        assertThat(actual.bucketStarts()).as(where + ": buckets").isEqualTo(expected.bucketStarts());
        assertClose(where + ": table cost", actual.costTotal(), expected.costTotal());
        Map<GroupKey, GroupTable.Line> lines = new HashMap<>();
        actual.lines().forEach(line -> lines.put(line.key(), line));
        assertThat(lines.keySet()).as(where + ": groups").hasSameElementsAs(expected.lines().stream()
            .map(GroupTable.Line::key).toList());
        for (GroupTable.Line line : expected.lines()) {
            GroupTable.Line got = lines.get(line.key());
            assertClose(where + ": cost of " + line.key(), got.cost(), line.cost());
            assertClose(where + ": runtime of " + line.key(), got.runtime(), line.runtime());
            assertThat(got.sessions()).as(where + ": sessions of " + line.key()).isEqualTo(line.sessions());
            for (int bucket = 0; bucket < line.byBucket().length; bucket++) {
                assertClose(where + ": bucket " + bucket + " of " + line.key(), got.byBucket()[bucket],
                    line.byBucket()[bucket]);
            }
        }
    }

    static void assertClose(String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    private static double nanLow(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
