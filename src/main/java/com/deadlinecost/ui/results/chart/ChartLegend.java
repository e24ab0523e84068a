package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.ui.results.ResultsStyles;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A legend of our own rather than the chart's: it works the same for bars, lines and the donut, keeps hidden
 * series listed (greyed) so they can be shown again, and toggles a series on click.
 */
final class ChartLegend {
    private final ResultsChartViewModel chart;
    private final FlowPane root = new FlowPane();

    ChartLegend(ResultsChartViewModel chart) {
        this.chart = chart;
        root.setId("chartLegend");
        root.getStyleClass().add(ResultsStyles.LEGEND);
    }

    Node node() {
        return root;
    }

    /** One item per series of {@code set}, labelled as {@code labels} says. */
    void show(SeriesSet set, List<String> labels) {
        root.getChildren().clear();
        if (set == null) {
            return;
        }
        for (int rank = 0; rank < set.series().size(); rank++) {
            Series series = set.series().get(rank);
            Region swatch = new Region();
            swatch.getStyleClass().addAll(ResultsStyles.LEGEND_SWATCH, ResultsStyles.SERIES,
                ChartRenderer.colour(set, series));
            Label item = new Label(labels.get(rank), swatch);
            item.getStyleClass().add(ResultsStyles.LEGEND_ITEM);
            item.setId("legendItem" + rank);
            if (chart.isHidden(series)) {
                item.getStyleClass().add(ResultsStyles.LEGEND_HIDDEN);
            }
            item.setCursor(Cursor.HAND);
            item.setTooltip(new Tooltip(chart.isHidden(series) ? "Click to show" : "Click to hide"));
            item.setOnMouseClicked(event -> chart.toggleSeries(series));
            root.getChildren().add(item);
        }
    }
}
