package com.deadlinecost.ui.explorer;

import com.deadlinecost.ui.connection.ConnectionViewModel;
import com.deadlinecost.ui.insight.InsightViewModel;
import com.deadlinecost.ui.query.QueryPanelViewModel;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;

/** The view models the explorer coordinates, built together by the composition root. */
public record ExplorerParts(ConnectionViewModel connection, QueryPanelViewModel form, QueryRunViewModel run,
                            ResultsViewModel results, ResultsChartViewModel chart, InsightViewModel insight) {
}
