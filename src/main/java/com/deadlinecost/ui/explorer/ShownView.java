package com.deadlinecost.ui.explorer;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the explorer shows its results (chart type, measure, top N, the table's sort, hidden columns and widths) as
 * the plain {@link ViewSettings} that saved views and the settings file keep, and back.
 */
public final class ShownView {
    private ShownView() {
    }

    /** The chart and table settings shown now. */
    public static ViewSettings capture(ResultsChartViewModel chart, ResultsViewModel results) {
        return new ViewSettings(name(chart.chartTypeProperty().get()), name(chart.dimensionProperty().get()),
            name(chart.measureProperty().get()), chart.topNProperty().get(), List.copyOf(results.hiddenColumns()),
            results.sortColumnProperty().get(), results.sortDescendingProperty().get(),
            results.searchTextProperty().get(), List.of(), Map.copyOf(results.columnWidths()));
    }

    /** Applies everything a saved view keeps; values this version does not know are skipped one by one. */
    public static void apply(ViewSettings settings, ResultsChartViewModel chart, ResultsViewModel results) {
        applyStyle(settings, chart, results);
        parse(GroupField.class, settings.dimension()).ifPresent(chart.dimensionProperty()::set);
        if (settings.quickSearch() != null) {
            results.searchTextProperty().set(settings.quickSearch());
        }
    }

    /**
     * Applies what is restored at start-up: the chart type, measure and top N and the table's layout, but not the
     * chart's dimension or the quick search, which belong to the query of a saved view.
     */
    public static void applyStyle(ViewSettings settings, ResultsChartViewModel chart, ResultsViewModel results) {
        parse(ChartKind.class, settings.chartType()).filter(ChartKind.forResults()::contains)
            .ifPresent(chart.chartTypeProperty()::set);
        parse(Measure.class, settings.measure()).ifPresent(chart.measureProperty()::set);
        if (settings.topN() > 0) {
            chart.topNProperty().set(settings.topN());
        }
        results.sortDescendingProperty().set(settings.sortDescending());
        results.sortColumnProperty().set(settings.sortColumn());
        results.hiddenColumns().setAll(settings.hiddenColumns());
        results.columnWidths().clear();
        results.columnWidths().putAll(settings.columnWidths());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
