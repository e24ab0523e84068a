package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.present.Formats;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The anomaly list pane: what happened, when, actual, expected, excess and score, largest excess first. */
public final class AnomalyListView extends VBox {

    public AnomalyListView(InsightViewModel viewModel) {
        setId("anomalyList");
        setSpacing(6);
        setPadding(new Insets(8));
        Label message = new Label();
        message.setId("anomalyMessage");
        message.textProperty().bind(viewModel.messageProperty());
        TableView<Anomaly> table = new TableView<>();
        table.setId("anomalyTable");
        table.getColumns().add(column("Kind", anomaly -> anomaly.kind().label(), 120));
        table.getColumns().add(column("Group", viewModel::label, 260));
        table.getColumns().add(column("When", viewModel::when, 130));
        table.getColumns().add(column("Actual", anomaly -> Formats.money(anomaly.actualUsd()), 90));
        table.getColumns().add(column("Expected", anomaly -> Formats.money(anomaly.expectedUsd()), 90));
        table.getColumns().add(column("Excess", anomaly -> Formats.money(anomaly.excessUsd()), 90));
        table.getColumns().add(column("Score", anomaly -> String.format(Locale.ROOT, "%.1f", anomaly.score()), 60));
        table.getColumns().add(column("Top contributor", anomaly -> anomaly.contributors().isEmpty() ? ""
            : viewModel.contributorLabel(anomaly.contributors().get(0)) + " ("
            + Formats.money(anomaly.contributors().get(0).costUsd()) + ")", 260));
        table.getColumns().add(column("What was seen", Anomaly::detail, 360));
        // The view model keeps the list sorted by excess dollars, the order that matters; the columns do not re-sort.
        table.setItems(viewModel.anomalies());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
            viewModel.selectedProperty().set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button drill = new Button("Drill into it");
        drill.setId("anomalyDrill");
        drill.disableProperty().bind(viewModel.canAct().not());
        drill.setOnAction(event -> viewModel.drillIntoSelected());
        Button expected = new Button("Mark expected");
        expected.setId("anomalyExpected");
        expected.disableProperty().bind(viewModel.canAct().not());
        expected.setOnAction(event -> viewModel.markSelectedExpected());
        getChildren().addAll(message, table, new HBox(8, drill, expected));
    }

    private static TableColumn<Anomaly, String> column(String title, Function<Anomaly, String> text, double width) {
        TableColumn<Anomaly, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
