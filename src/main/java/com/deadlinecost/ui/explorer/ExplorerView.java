package com.deadlinecost.ui.explorer;

import com.deadlinecost.ui.query.QueryPanelView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Places the explorer into the main window: the query panel, the results, and the status bar. */
public final class ExplorerView {
    /** The style class of a region's "nothing here" text, shared with the main window's own placeholders. */
    public static final String STYLE_PLACEHOLDER = "region-placeholder";

    private final Node queryPanel;
    private final Node charts;
    private final Node results;

    public ExplorerView(ExplorerViewModel viewModel) {
        QueryRunViewModel run = viewModel.run();
        // Cancel also stops the comparison and anomaly search that follow a query.
        queryPanel = new QueryPanelView(viewModel.connection(), viewModel.form(), viewModel.canRunProperty(),
            run.runningProperty().or(viewModel.insight().runningProperty()), viewModel::runQuery,
            viewModel::cancelQuery).root();
        ResultsView resultsView = new ResultsView(viewModel.results(), viewModel.chart());
        Node chart = resultsView.chartNode();
        Label noChart = new Label("No chart: the query did not finish. See below for what to do.");
        noChart.getStyleClass().add(STYLE_PLACEHOLDER);
        noChart.visibleProperty().bind(run.errorProperty().isNotNull());
        chart.visibleProperty().bind(noChart.visibleProperty().not());
        charts = new InsightTabs(viewModel.insight(), new StackPane(chart, noChart)).node();
        Node table = resultsView.tableNode();
        ProblemPane problem = new ProblemPane(run.errorProperty(), viewModel::retry);
        table.visibleProperty().bind(problem.visibleProperty().not());
        results = new StackPane(table, problem);
    }

    /** The query form, for the window's left region. */
    public Node queryPanel() {
        return queryPanel;
    }

    /** The chart part, or what to do when the query failed, for the window's chart region. */
    public Node charts() {
        return charts;
    }

    /** The summary and table, or the problem pane, for the window's results region. */
    public Node results() {
        return results;
    }
}
