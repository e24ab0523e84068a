package com.deadlinecost.ui.explorer;

import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsSummaryView;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.chart.ResultsChartView;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import com.deadlinecost.ui.results.table.ResultsTableView;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * The results of the explorer as two parts for the main window's two regions: the chart part (breadcrumb,
 * chart choosers, chart, legend) and the table part (summary, search, table, totals). Both follow one
 * {@link ResultsViewModel}, so they always show the same rows.
 */
public final class ResultsView {
    private final ResultsChartView chart;
    private final BorderPane tablePart = new BorderPane();

    public ResultsView(ResultsViewModel results, ResultsChartViewModel chartViewModel) {
        this.chart = new ResultsChartView(results, chartViewModel);
        tablePart.setId("resultsTablePart");
        tablePart.getStyleClass().add(ResultsStyles.RESULTS);
        tablePart.getStylesheets().add(ResultsStyles.STYLESHEET);
        tablePart.setTop(new ResultsSummaryView(results).node());
        tablePart.setCenter(new ResultsTableView(results).node());
        chart.node().setId("resultsChartPart");
    }

    /** The chart part, for the window's chart region. */
    public Node chartNode() {
        return chart.node();
    }

    /** The summary and table part, for the window's results region. */
    public Node tableNode() {
        return tablePart;
    }
}
