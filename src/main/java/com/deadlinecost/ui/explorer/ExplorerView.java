package com.deadlinecost.ui.explorer;

import com.deadlinecost.ui.query.QueryPanelView;
import com.deadlinecost.ui.results.ResultsView;
import com.deadlinecost.ui.shell.MainWindowView;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Places the explorer into the main window: the query panel, the results, and the status bar. */
public final class ExplorerView {
    private final ExplorerViewModel viewModel;

    public ExplorerView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Fills the window's regions and binds its status bar; {@code notice} wins over the query status. */
    public void installInto(MainWindowView window, ObservableStringValue notice) {
        QueryRunViewModel run = viewModel.run();
        window.setQueryPanel(new QueryPanelView(viewModel.connection(), viewModel.form(), viewModel.canRunProperty(),
            run.runningProperty(), viewModel::runQuery, viewModel::cancelQuery).root());
        ResultsView results = new ResultsView(viewModel.results());
        Node chart = results.chartNode();
        Label noChart = new Label("No chart: the query did not finish. See below for what to do.");
        noChart.getStyleClass().add(MainWindowView.STYLE_PLACEHOLDER);
        noChart.visibleProperty().bind(run.errorProperty().isNotNull());
        chart.visibleProperty().bind(noChart.visibleProperty().not());
        window.setCharts(new StackPane(chart, noChart));
        Node table = results.tableNode();
        ProblemPane problem = new ProblemPane(run.errorProperty(), viewModel::retry);
        table.visibleProperty().bind(problem.visibleProperty().not());
        window.setResults(new StackPane(table, problem));
        window.statusBar().textProperty().unbind();
        window.statusBar().textProperty().bind(Bindings.createStringBinding(
            () -> notice.get().isEmpty() ? viewModel.statusTextProperty().get() : notice.get(),
            notice, viewModel.statusTextProperty()));
        window.statusBar().progressProperty().bind(Bindings.when(run.runningProperty())
            .then(run.progressProperty()).otherwise(0.0));
    }
}
