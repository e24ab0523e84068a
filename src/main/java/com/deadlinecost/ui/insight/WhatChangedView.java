package com.deadlinecost.ui.insight;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * "What changed": a sentence with the two totals and the change split into runtime and rate effects, the waterfall
 * from the earlier total to the current one below it, and what went wrong when the comparison failed.
 */
public final class WhatChangedView {
    private final BorderPane root = new BorderPane();

    public WhatChangedView(InsightViewModel viewModel) {
        root.setId("whatChanged");
        Label headline = new Label();
        headline.setId("changeHeadline");
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headline().textProperty());
        Label problem = AnomalyListView.problemLabel(viewModel);
        VBox top = new VBox(4, headline, problem);
        top.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(top);
        root.setCenter(new WaterfallView(viewModel.waterfall()));
    }

    public Node node() {
        return root;
    }
}
