package com.deadlinecost.ui.results;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The drill-down path as links: "All results > Queue: Lighting > User: Ana Lima". Clicking a link steps
 * back to that level; the back button steps back one.
 */
public final class BreadcrumbBar {
    private final ResultsViewModel results;
    private final HBox root = new HBox();
    private final Button back = new Button("\u2190 Back");

    public BreadcrumbBar(ResultsViewModel results) {
        this.results = results;
        root.setId("breadcrumb");
        root.getStyleClass().add(ResultsStyles.BREADCRUMB);
        back.setId("drillBack");
        back.disableProperty().bind(results.drillDown().canGoBackBinding().not());
        back.setOnAction(event -> results.drillDown().back());
        results.drillDown().steps().addListener((ListChangeListener<DrillStep>) change -> show());
        results.drillDown().origins().addListener((ListChangeListener<DrillDownViewModel.Origin>) change -> show());
        results.namesValue().addListener(observable -> show());
        show();
    }

    /** The bar. */
    public Node node() {
        return root;
    }

    private void show() {
        DrillDownViewModel drillDown = results.drillDown();
        // After a follow-up query the first level is the query it came from: clicking it runs that one again.
        String home = drillDown.origins().isEmpty() ? "All results" : "All results by " + drillDown.origins().get(0)
            .query().groupBy().get(0).label().toLowerCase(java.util.Locale.ROOT);
        root.getChildren().setAll(back, level(home, 0, drillDown.steps().isEmpty()));
        for (int depth = 1; depth <= drillDown.steps().size(); depth++) {
            DrillStep step = drillDown.steps().get(depth - 1);
            String text = step.field().label() + ": " + results.names().name(step.field(), step.value());
            root.getChildren().addAll(new Label("\u203a"), level(text, depth, depth == drillDown.steps().size()));
        }
    }

    private Node level(String text, int depth, boolean current) {
        if (current) {
            Label label = new Label(text);
            label.getStyleClass().add(ResultsStyles.BREADCRUMB_CURRENT);
            label.setId("breadcrumbLevel" + depth);
            return label;
        }
        Hyperlink link = new Hyperlink(text);
        link.setId("breadcrumbLevel" + depth);
        link.setOnAction(event -> results.drillDown().backTo(depth));
        return link;
    }
}
