package com.deadlinecost.ui.history;

import com.deadlinecost.present.Formats;
import com.deadlinecost.service.history.HistoryEntry;
import com.deadlinecost.ui.common.Controls;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The History tab: a search field and the kept results (newest first), Open / Delete / Delete all, and below them
 * the size of the history and its two settings. Double-click or Enter opens a result in the explorer.
 */
public final class HistoryView {
    private final HistoryViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<HistoryEntry> table = new TableView<>();

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("historyView");
        root.setTop(toolBar());
        root.setCenter(table());
        root.setBottom(footer());
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolBar() {
        TextField search = new TextField();
        search.setId("historySearch");
        search.setPromptText("Search by farm, queue, grouping, date...");
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        Button open = Controls.button("openHistoryResult", "Open",
            () -> viewModel.open(viewModel.selectedProperty().get()));
        open.disableProperty().bind(viewModel.hasSelectionProperty().not().or(viewModel.busyProperty()));
        Button delete = Controls.button("deleteHistoryResult", "Delete", () -> viewModel.delete(
            viewModel.selectedProperty().get()));
        delete.disableProperty().bind(viewModel.hasSelectionProperty().not().or(viewModel.canChangeProperty().not()));
        Button deleteAll = Controls.button("deleteAllHistory", "Delete all...", this::confirmDeleteAll);
        deleteAll.disableProperty().bind(viewModel.canChangeProperty().not());
        Button reload = Controls.button("reloadHistory", "Reload", viewModel::reload);
        reload.disableProperty().bind(viewModel.busyProperty());
        return new ToolBar(search, open, delete, deleteAll, reload);
    }

    private TableView<HistoryEntry> table() {
        table.setId("historyTable");
        table.setItems(viewModel.shownEntries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing kept yet: every query you run is kept here, to reopen offline."));
        table.getColumns().add(Controls.textColumn("Fetched", 240, entry -> viewModel.age(entry.fetchedAt()) + "  ("
            + viewModel.when(entry.fetchedAt()) + ")"));
        table.getColumns().add(Controls.textColumn("Farm", 160, HistoryEntry::farmName));
        table.getColumns().add(Controls.textColumn("Rows", 80, entry -> Formats.count(entry.rowCount())
            + (entry.complete() ? "" : " (cancelled)")));
        table.getColumns().add(Controls.textColumn("Size", 80, entry -> Formats.bytes(entry.bytes())));
        table.getColumns().add(Controls.textColumn("Query", 560, HistoryEntry::description));
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setRowFactory(view -> {
            TableRow<HistoryEntry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(viewModel.selectedProperty().get());
            } else if (event.getCode() == KeyCode.DELETE && viewModel.canChangeProperty().get()) {
                viewModel.delete(viewModel.selectedProperty().get());
            }
        });
        return table;
    }

    private VBox footer() {
        Label summary = new Label();
        summary.setId("historySummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        TextField settle = numberField("historySettleHours", viewModel.settleHoursProperty());
        TextField cap = numberField("historyCapGigabytes", viewModel.capGigabytesProperty());
        Button apply = Controls.button("applyHistorySettings", "Apply", viewModel::applySettings);
        apply.disableProperty().bind(viewModel.canChangeProperty().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox settings = new HBox(8, summary, gap, new Label("Reuse days settled for"), settle,
            new Label("hours;  keep at most"), cap, new Label("GB"), apply);
        settings.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("historyMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox footer = new VBox(4, settings, message);
        footer.setPadding(new Insets(6, 8, 6, 8));
        return footer;
    }

    private void confirmDeleteAll() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete every kept result? Results you open again "
            + "then come from Deadline Cloud, which keeps them for an hour.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setHeaderText("Delete the whole history");
        alert.setTitle("Delete all");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete all");
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.deleteAll());
    }

    private static TextField numberField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
