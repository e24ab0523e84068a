package com.deadlinecost.ui.explorer;

import com.deadlinecost.service.deadline.QueryProblem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** A failed query, shown where the results would be: what happened, what to do, details on demand, Retry. */
final class ProblemPane extends VBox {

    ProblemPane(ReadOnlyObjectProperty<QueryProblem> problem, Runnable retry) {
        super(10);
        setId("problemPane");
        getStyleClass().add("problem-pane");
        Label title = new Label();
        title.setId("problemMessage");
        title.getStyleClass().add("problem-title");
        title.setWrapText(true);
        Label advice = new Label();
        advice.setId("problemAdvice");
        advice.setWrapText(true);
        TextArea details = new TextArea();
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        TitledPane detailsPane = new TitledPane("Details", details);
        detailsPane.setId("problemDetails");
        detailsPane.setExpanded(false);
        Button retryButton = new Button("Retry");
        retryButton.setId("retryButton");
        retryButton.setOnAction(event -> retry.run());
        getChildren().addAll(title, advice, retryButton, detailsPane);
        visibleProperty().bind(problem.isNotNull());
        managedProperty().bind(visibleProperty());
        problem.addListener((observable, before, after) -> {
            title.setText(after == null ? "" : after.getMessage());
            advice.setText(after == null ? "" : after.advice());
            details.setText(after == null ? "" : after.details());
            detailsPane.setVisible(after != null && !after.details().isEmpty());
        });
    }
}
