package com.deadlinecost.ui.history;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line over the explorer while it shows a result from the history: how old it is, and Refresh (reuses what
 * has settled, fetches the rest) or Refresh everything (fetches all of it).
 */
public final class HistoryBanner {
    /** The style class of the banner, styled by the shell's stylesheet. */
    public static final String STYLE = "history-banner";
    private final HBox root = new HBox(8);

    /**
     * @param refresh runs the shown query again, reusing settled days
     * @param refreshEverything runs it again asking the service for all of it
     */
    public HistoryBanner(HistoryViewModel viewModel, Runnable refresh, Runnable refreshEverything) {
        root.setId("historyBanner");
        root.getStyleClass().add(STYLE);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        Label text = new Label();
        text.setId("historyBannerText");
        viewModel.openedProperty().addListener((observable, before, after) ->
            text.setText(after == null ? "" : viewModel.bannerText(after)));
        Button again = new Button("Refresh");
        again.setId("historyRefresh");
        again.setOnAction(event -> refresh.run());
        Button all = new Button("Refresh everything");
        all.setId("historyRefreshEverything");
        all.setOnAction(event -> refreshEverything.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().addAll(text, again, all, gap);
        root.visibleProperty().bind(viewModel.openedProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }
}
