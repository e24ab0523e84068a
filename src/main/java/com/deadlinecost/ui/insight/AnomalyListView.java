package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.present.Formats;
import com.deadlinecost.ui.common.Controls;
import com.deadlinecost.ui.common.FieldMessages;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
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
        table.setPlaceholder(new Label("No anomalies to show"));
        table.getColumns().add(column("Group", viewModel::label, 330));
        table.getColumns().add(column("Kind", anomaly -> anomaly.kind().label(), 120));
        table.getColumns().add(column("When", viewModel::when, 150));
        table.getColumns().add(column("Actual", anomaly -> Formats.money(anomaly.actualUsd()), 90));
        table.getColumns().add(column("Expected", anomaly -> Formats.money(anomaly.expectedUsd()), 90));
        table.getColumns().add(column("Excess", anomaly -> Formats.money(anomaly.excessUsd()), 90));
        table.getColumns().add(column("Score", anomaly -> String.format(Locale.ROOT, "%.1f", anomaly.score()), 56));
        table.getColumns().add(column("Top contributor", anomaly -> anomaly.contributors().isEmpty() ? ""
            : viewModel.contributorLabel(anomaly.contributors().get(0)) + " ("
            + Formats.money(anomaly.contributors().get(0).costUsd()) + ")", 260));
        table.getColumns().add(column("What was seen", Anomaly::detail, 360));
        // The view model keeps the list sorted by excess dollars, the order that matters; the columns do not re-sort.
        table.setItems(viewModel.anomalies());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
            viewModel.selectedProperty().set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label contributors = new Label();
        contributors.setId("anomalyContributors");
        contributors.setWrapText(true);
        contributors.textProperty().bind(Bindings.createStringBinding(() -> viewModel.contributorsText(
            viewModel.selectedProperty().get()), viewModel.selectedProperty()));
        Button drill = new Button("Drill into it");
        drill.setId("anomalyDrill");
        drill.disableProperty().bind(viewModel.canAct().not());
        drill.setOnAction(event -> viewModel.drillIntoSelected());
        Button expected = new Button("Mark expected");
        expected.setId("anomalyExpected");
        expected.disableProperty().bind(viewModel.canAct().not());
        expected.setOnAction(event -> viewModel.markSelectedExpected());
        Button byJob = new Button("Query by job");
        byJob.setId("anomalyByJob");
        byJob.disableProperty().bind(viewModel.canAct().not());
        byJob.setOnAction(event -> viewModel.queryBy(GroupField.JOB_ID));
        Button byUser = new Button("Query by user");
        byUser.setId("anomalyByUser");
        byUser.disableProperty().bind(viewModel.canAct().not());
        byUser.setOnAction(event -> viewModel.queryBy(GroupField.USER_ID));
        // A click in the grouped table selects an anomaly here: show it.
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        getChildren().addAll(new HBox(8, message, problemLabel(viewModel)), table, contributors,
            new HBox(8, drill, byJob, byUser, expected));
    }

    /** What went wrong in the investigation, in the error colour; hidden while nothing did. */
    static Label problemLabel(InsightViewModel viewModel) {
        Label problem = new Label();
        problem.getStyleClass().add(FieldMessages.STYLE_ERROR);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private static TableColumn<Anomaly, String> column(String title, Function<Anomaly, String> text, double width) {
        TableColumn<Anomaly, String> column = Controls.textColumn(title, width, text);
        column.setSortable(false);
        return column;
    }
}
