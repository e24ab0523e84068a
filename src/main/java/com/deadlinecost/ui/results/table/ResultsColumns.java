package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.RowsTsv;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleBiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The columns of a query's results: a name column per grouped field (with an id column shown on demand and a
 * value filter in its header menu), the bucket, the count, the cost and runtime statistics the query asked
 * for, and the share of the shown cost. Values are typed; cells only format.
 */
final class ResultsColumns {
    /** The most values a column filter menu lists; the quick search reaches the rest. */
    static final int MAX_FILTER_VALUES = 60;

    private final ResultsViewModel results;

    ResultsColumns(ResultsViewModel results) {
        this.results = results;
    }

    /** The columns for {@code query}; none before the first query. */
    List<TableColumn<CostRow, ?>> of(StatisticsQuery query) {
        List<TableColumn<CostRow, ?>> columns = new ArrayList<>();
        if (query == null) {
            return columns;
        }
        for (GroupField field : query.groupBy()) {
            columns.add(nameColumn(field));
        }
        for (GroupField field : query.groupBy()) {
            TableColumn<CostRow, String> ids = column(field.label() + " ID",
                row -> row.value(field).orElse(""), null);
            ids.setId("idColumn-" + field.name());
            ids.visibleProperty().bind(results.showIdsProperty());
            columns.add(ids);
        }
        Supplier<UtcOffset> offset = () -> query.offset();
        String zone = " (" + query.offset().toApiString() + ")";
        TableColumn<CostRow, Instant> start = column("Start" + zone, CostRow::bucketStart, () -> new TimeCell(offset));
        TableColumn<CostRow, Instant> end = column("End" + zone, CostRow::bucketEnd, () -> new TimeCell(offset));
        // Wide enough for "2026-11-28 18:30" so the bucket never shows as an ellipsis.
        start.setPrefWidth(150);
        end.setPrefWidth(150);
        columns.add(start);
        columns.add(end);
        TableColumn<CostRow, Long> count = column("Active sessions", CostRow::count, CountCell::new);
        count.setId("countColumn");
        LargestFirst.mark(count);
        columns.add(count);
        List<Statistic> statistics = RowsTsv.shownStatistics(query);
        columns.add(statisticGroup("Cost", statistics, CostRow::cost, MoneyCell::new));
        columns.add(statisticGroup("Runtime", statistics, CostRow::runtime, DurationCell::new));
        TableColumn<CostRow, Double> share = new TableColumn<>("Share of cost");
        share.setId("shareColumn");
        // Follows the summary, so shares re-base when the filter changes the shown total.
        share.setCellValueFactory(data -> Bindings.createObjectBinding(
            () -> results.summaryProperty().get().shareOfCost(data.getValue().costTotal()),
            results.summaryProperty()));
        share.setCellFactory(column -> new PercentCell());
        LargestFirst.mark(share);
        columns.add(share);
        return columns;
    }

    private TableColumn<CostRow, String> nameColumn(GroupField field) {
        TableColumn<CostRow, String> names = new TableColumn<>(field.label());
        names.setId("nameColumn-" + field.name());
        names.setPrefWidth(160);
        // Follows the names, which may arrive after the rows.
        names.setCellValueFactory(data -> Bindings.createStringBinding(
            () -> results.names().name(data.getValue().group(), field), results.namesValue()));
        names.setCellFactory(column -> new GroupCell(field, (drilled, value) ->
            results.drillDown().open(drilled, value)));
        ContextMenu filterMenu = new ContextMenu();
        filterMenu.setOnShowing(event -> fillFilterMenu(filterMenu, names, field));
        names.setContextMenu(filterMenu);
        markFiltered(names, results.columnFilter(field).isPresent());
        return names;
    }

    /** Lists the field's values as check boxes; a change applies at once and the menu stays open. */
    private void fillFilterMenu(ContextMenu menu, TableColumn<CostRow, String> column, GroupField field) {
        List<String> values = results.distinctValues(field);
        Set<String> allowed = new HashSet<>(results.columnFilter(field).orElse(new HashSet<>(values)));
        MenuItem showAll = new MenuItem("Show all");
        showAll.setOnAction(event -> applyFilter(column, field, null));
        menu.getItems().setAll(showAll, new SeparatorMenuItem());
        for (String value : values.subList(0, Math.min(values.size(), MAX_FILTER_VALUES))) {
            CheckBox box = new CheckBox(results.names().name(field, value));
            box.setSelected(allowed.contains(value));
            box.selectedProperty().addListener((observable, before, ticked) -> {
                if (ticked) {
                    allowed.add(value);
                } else {
                    allowed.remove(value);
                }
                applyFilter(column, field, allowed.containsAll(values) ? null : allowed);
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            menu.getItems().add(item);
        }
        if (values.size() > MAX_FILTER_VALUES) {
            MenuItem more = new MenuItem((values.size() - MAX_FILTER_VALUES) + " more: use the search field");
            more.setDisable(true);
            menu.getItems().add(more);
        }
    }

    private void applyFilter(TableColumn<CostRow, String> column, GroupField field, Set<String> allowed) {
        if (allowed == null) {
            results.clearColumnFilter(field);
        } else {
            results.setColumnFilter(field, allowed);
        }
        markFiltered(column, allowed != null);
    }

    private static void markFiltered(TableColumn<CostRow, String> column, boolean filtered) {
        column.getStyleClass().remove(ResultsStyles.FILTERED_COLUMN);
        if (filtered) {
            column.getStyleClass().add(ResultsStyles.FILTERED_COLUMN);
        }
    }

    private static TableColumn<CostRow, Double> statisticGroup(String title, List<Statistic> statistics,
                                                               ToDoubleBiFunction<CostRow, Statistic> value,
                                                               Supplier<TableCell<CostRow, Double>> cell) {
        TableColumn<CostRow, Double> group = new TableColumn<>(title);
        for (Statistic statistic : statistics) {
            TableColumn<CostRow, Double> column = column(statistic.label(),
                row -> value.applyAsDouble(row, statistic), cell);
            column.setId(title.toLowerCase(Locale.ROOT) + "Column-" + statistic.name());
            column.setPrefWidth(104);
            LargestFirst.mark(column);
            group.getColumns().add(column);
        }
        return group;
    }

    private static <T> TableColumn<CostRow, T> column(String title, Function<CostRow, T> value,
                                                     Supplier<? extends TableCell<CostRow, T>> cell) {
        TableColumn<CostRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> constant(value.apply(data.getValue())));
        if (cell != null) {
            column.setCellFactory(ignored -> cell.get());
        }
        return column;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }
}
