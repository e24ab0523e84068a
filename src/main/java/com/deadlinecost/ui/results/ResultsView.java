package com.deadlinecost.ui.results;

import com.deadlinecost.ui.results.chart.ResultsChartView;
import com.deadlinecost.ui.results.table.ResultsTableView;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The results of the explorer as two parts for the main window's two regions: the chart part (breadcrumb,
 * chart choosers, chart, legend) and the table part (summary, search, table, totals). Both follow one
 * {@link ResultsViewModel}, so they always show the same rows.
 */
public final class ResultsView {
    private final ResultsChartView chart;
    private final ResultsTableView table;
    private final BorderPane tablePart = new BorderPane();

    public ResultsView(ResultsViewModel results) {
        this.chart = new ResultsChartView(results);
        this.table = new ResultsTableView(results);
        tablePart.setId("resultsTablePart");
        tablePart.getStyleClass().add(ResultsStyles.RESULTS);
        tablePart.getStylesheets().add(ResultsStyles.STYLESHEET);
        tablePart.setTop(new ResultsSummaryView(results).node());
        tablePart.setCenter(table.node());
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

    /** The chart with its legend (id {@code resultsChart}), for exporting as an image. */
    public Region chartExportNode() {
        return chart.exportNode();
    }

    /** The table view, e.g. to copy its selection from a menu. */
    public ResultsTableView tableView() {
        return table;
    }
}
