package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.Formats;
import com.deadlinecost.ui.common.AppAction;
import com.deadlinecost.ui.results.DrillDownViewModel;
import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsSummary;
import com.deadlinecost.ui.results.ResultsViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The results table with its quick search, id toggle and totals bar. Columns follow the shown query; the
 * items are the view model's sorted list, set once. Ctrl+C copies the selected rows as tab-separated text;
 * a double-click or the context menu on a row offers to drill into or query its groups.
 */
public final class ResultsTableView {
    private final ResultsViewModel results;
    private final ResultsColumns columns;
    private final TableView<CostRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final Label totals = new Label();
    private final ContextMenu rowMenu = new ContextMenu();
    private final ToggleButton showGroups = new ToggleButton("Groups");
    private final ToggleButton showRows = new ToggleButton("Rows");
    private final BorderPane root = new BorderPane();
    private List<CostRow> keptSelection = List.of();

    public ResultsTableView(ResultsViewModel results) {
        this.results = results;
        this.columns = new ResultsColumns(results);
        table.setId("resultsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(results.shownRows());
        results.bindSortOrder(table.comparatorProperty());
        // The default policy would sort the items itself; the row store already re-sorts whenever the table's
        // comparator changes (with a tie-breaker added).
        table.setSortPolicy(sorting -> true);
        table.setTableMenuButtonVisible(true);
        LargestFirst.install(table);
        Label empty = new Label();
        empty.setId("resultsEmpty");
        empty.getStyleClass().add(ResultsStyles.EMPTY);
        empty.textProperty().bind(results.emptyMessageBinding());
        table.setPlaceholder(empty);
        results.replacingProperty().addListener((observable, was, now) -> keepSelectionAcrossReplacement(now));
        rebuildColumns(results.query());
        results.queryValue().addListener((observable, before, shown) -> rebuildColumns(shown));
        table.setOnKeyPressed(event -> {
            if (AppAction.COPY_ROWS.keys().match(event)) {
                copySelection();
                event.consume();
            }
        });
        rowMenu.setOnShowing(event -> fillRowMenu());
        table.setContextMenu(rowMenu);
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                && table.getSelectionModel().getSelectedItem() != null) {
                rowMenu.show(table, event.getScreenX(), event.getScreenY());
            }
        });
        totals.setId("resultsTotals");
        totals.getStyleClass().add(ResultsStyles.TOTALS);
        totals.setMaxWidth(Double.MAX_VALUE);
        totals.textProperty().bind(Bindings.createStringBinding(() -> totalsText(results.summaryProperty().get()),
            results.summaryProperty()));
        // Groups first (one line per group with its totals), the API's rows one switch away.
        GroupedTable grouped = new GroupedTable(results);
        grouped.table().visibleProperty().bind(showRows.selectedProperty().not());
        table.visibleProperty().bind(showRows.selectedProperty());
        root.setTop(toolbar());
        root.setCenter(new StackPane(grouped.table(), table));
        root.setBottom(totals);
    }

    /** The table with its toolbar and totals bar. */
    public Node node() {
        return root;
    }


    /** Copies the selected rows, in the order shown, to the clipboard. */
    public void copySelection() {
        results.copyRows(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    /** A batch of pages may replace all rows in one change, which clears a table's selection; put it back. */
    private void keepSelectionAcrossReplacement(boolean starting) {
        if (starting) {
            keptSelection = List.copyOf(table.getSelectionModel().getSelectedItems());
            return;
        }
        if (keptSelection.isEmpty()) {
            return;
        }
        Set<CostRow> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(keptSelection);
        keptSelection = List.of();
        List<Integer> indices = new ArrayList<>();
        for (int index = 0; index < table.getItems().size(); index++) {
            if (wanted.contains(table.getItems().get(index))) {
                indices.add(index);
            }
        }
        table.getSelectionModel().clearSelection();
        for (int index : indices) {
            table.getSelectionModel().select(index);
        }
    }

    private HBox viewSwitch() {
        ToggleGroup group = new ToggleGroup();
        showGroups.setId("showGroups");
        showRows.setId("showRows");
        showGroups.setToggleGroup(group);
        showRows.setToggleGroup(group);
        showGroups.setSelected(true);
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                group.selectToggle(before);
            }
        });
        showGroups.setTooltip(new Tooltip("One line per group with its totals over the range"));
        showRows.setTooltip(new Tooltip("The rows as the service returned them: one per group and period"));
        HBox box = new HBox(showGroups, showRows);
        box.getStyleClass().add("segmented");
        return box;
    }

    private HBox toolbar() {
        search.setId("resultsSearch");
        search.setPromptText("Search names and IDs");
        search.textProperty().bindBidirectional(results.searchTextProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);
        search.setPrefColumnCount(22);
        CheckBox showIds = new CheckBox("Show IDs");
        showIds.setId("showIds");
        showIds.selectedProperty().bindBidirectional(results.showIdsProperty());
        Button clear = new Button("Clear filters");
        clear.setId("clearFilters");
        clear.setOnAction(event -> results.clearFilters());
        Button copy = new Button("Copy rows");
        copy.setId("copyRows");
        copy.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        copy.setOnAction(event -> copySelection());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.Node rowsOnly : List.of(showIds, copy)) {
            rowsOnly.visibleProperty().bind(showRows.selectedProperty());
            rowsOnly.managedProperty().bind(showRows.selectedProperty());
        }
        HBox bar = new HBox(viewSwitch(), search, clear, spacer, showIds, copy);
        bar.getStyleClass().add(ResultsStyles.TOOLBAR);
        return bar;
    }

    private void rebuildColumns(StatisticsQuery shown) {
        table.getSortOrder().clear();
        table.getColumns().setAll(columns.of(shown));
    }

    /** Drill into, or query further, each group of the row under the menu. */
    private void fillRowMenu() {
        rowMenu.getItems().clear();
        CostRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            MenuItem none = new MenuItem("Select a row first");
            none.setDisable(true);
            rowMenu.getItems().add(none);
            return;
        }
        DrillDownViewModel drillDown = results.drillDown();
        for (GroupField field : row.group().fields()) {
            String value = row.value(field).orElse(null);
            String name = results.names().name(row.group(), field);
            MenuItem only = new MenuItem("Show only " + field.label().toLowerCase(Locale.ROOT) + " "
                + name);
            only.setOnAction(event -> drillDown.drillInto(field, value));
            rowMenu.getItems().add(only);
            for (GroupField next : drillDown.followUpFields(field)) {
                MenuItem query = new MenuItem("Query " + name + " by "
                    + next.label().toLowerCase(Locale.ROOT));
                query.setOnAction(event -> drillDown.requestQuery(field, value, next));
                rowMenu.getItems().add(query);
            }
            rowMenu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem copy = new MenuItem(AppAction.COPY_ROWS.label());
        copy.setAccelerator(AppAction.COPY_ROWS.keys());
        copy.setOnAction(event -> copySelection());
        rowMenu.getItems().add(copy);
    }

    private static String totalsText(ResultsSummary summary) {
        return "Shown: " + Formats.count(summary.rowCount()) + " rows \u00b7 "
            + Formats.count(summary.sessionCount()) + " session-periods \u00b7 "
            + Formats.money(summary.costTotal()) + " estimated \u00b7 "
            + Formats.hours(summary.runtimeTotal()) + " runtime";
    }
}
