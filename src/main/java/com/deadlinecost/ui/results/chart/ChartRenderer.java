package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Labels;
import com.deadlinecost.present.Measures;
import com.deadlinecost.service.export.chart.ChartKind;
import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsViewModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;

/**
 * Turns a {@link SeriesSet} into a chart node. A fresh chart per render, with every series filled before it
 * is attached (a JavaFX BarChart throws when data is added to an attached series of a chart never laid
 * out) and animation off (charts are snapshotted for export). Each bar, point or slice carries its series'
 * colour class, a tooltip with the exact value, a click that drills into its group and a context menu
 * offering a follow-up query.
 */
final class ChartRenderer {
    /** Above this many buckets, line points are not drawn: thousands of symbols make the chart sluggish. */
    static final int MAX_LINE_SYMBOLS = 120;
    static final String PLOT_ID = "resultsPlot";

    private final ResultsChartViewModel chart;
    private final ResultsViewModel results;

    ChartRenderer(ResultsChartViewModel chart, ResultsViewModel results) {
        this.chart = chart;
        this.results = results;
    }

    /** The chart of the visible series of {@code set}. */
    Node render(SeriesSet set, ChartKind type) {
        switch (type) {
            case RANKED_BARS:
                return ranked(set);
            case STACKED_BARS:
                return overTime(set, new StackedBarChart<>(new CategoryAxis(), valueAxis(set.measure())));
            case LINES:
                return overTime(set, lines(set));
            case SHARE:
                return donut(set);
            default:
                throw new IllegalArgumentException("Unknown chart type " + type);
        }
    }

    private Node ranked(SeriesSet set) {
        NumberAxis values = valueAxis(set.measure());
        BarChart<Number, String> bars = new BarChart<>(values, new CategoryAxis());
        XYChart.Series<Number, String> data = new XYChart.Series<>();
        data.setName(set.measure().label());
        List<String> labels = uniqueLabels(set);
        List<Series> shown = new ArrayList<>();
        // Horizontal bars list categories bottom-up; adding them in reverse puts the top group on top.
        for (int rank = set.series().size() - 1; rank >= 0; rank--) {
            Series series = set.series().get(rank);
            if (!chart.isHidden(series)) {
                data.getData().add(new XYChart.Data<>(plotted(set.measure(), series.total()), labels.get(rank)));
                shown.add(series);
            }
        }
        prepare(bars);
        // One series, so no gap between bars of a category; and the default 10 px between categories leaves
        // hairlines when ten groups share a short plot, so the gap follows the space each group gets.
        bars.setBarGap(0);
        bars.categoryGapProperty().bind(bars.heightProperty().divide(Math.max(1, shown.size())).multiply(0.15));
        bars.getData().add(data);
        for (int index = 0; index < shown.size(); index++) {
            Series series = shown.get(index);
            decorate(data.getData().get(index).getNode(), set, series, labels.get(set.series().indexOf(series))
                + ": " + Measures.full(set.measure(), series.total()));
        }
        return bars;
    }

    private LineChart<String, Number> lines(SeriesSet set) {
        LineChart<String, Number> lines = new LineChart<>(new CategoryAxis(), valueAxis(set.measure()));
        lines.setCreateSymbols(set.buckets().size() <= MAX_LINE_SYMBOLS);
        return lines;
    }

    private Node overTime(SeriesSet set, XYChart<String, Number> xy) {
        List<String> labels = uniqueLabels(set);
        List<String> buckets = bucketLabels(set.buckets());
        List<XYChart.Series<String, Number>> filled = new ArrayList<>();
        List<Series> shown = new ArrayList<>();
        for (int rank = 0; rank < set.series().size(); rank++) {
            Series series = set.series().get(rank);
            if (chart.isHidden(series)) {
                continue;
            }
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(labels.get(rank));
            for (int bucket = 0; bucket < buckets.size(); bucket++) {
                line.getData().add(new XYChart.Data<>(buckets.get(bucket), plotted(set.measure(),
                    series.value(bucket))));
            }
            filled.add(line);
            shown.add(series);
        }
        prepare(xy);
        xy.getData().setAll(filled);
        for (int index = 0; index < filled.size(); index++) {
            Series series = shown.get(index);
            String name = filled.get(index).getName();
            String colour = colour(set, series);
            if (filled.get(index).getNode() != null && xy instanceof LineChart) {
                filled.get(index).getNode().getStyleClass().addAll(ResultsStyles.SERIES, colour);
            }
            List<XYChart.Data<String, Number>> points = filled.get(index).getData();
            for (int bucket = 0; bucket < points.size(); bucket++) {
                decorate(points.get(bucket).getNode(), set, series, name + ", " + buckets.get(bucket) + ": "
                    + Measures.full(set.measure(), series.value(bucket)));
            }
        }
        return xy;
    }

    private Node donut(SeriesSet set) {
        PieChart pie = new PieChart();
        List<String> labels = uniqueLabels(set);
        List<Series> shown = new ArrayList<>();
        double total = 0;
        for (int rank = 0; rank < set.series().size(); rank++) {
            Series series = set.series().get(rank);
            if (!chart.isHidden(series) && series.total() > 0) {
                pie.getData().add(new PieChart.Data(labels.get(rank), series.total()));
                shown.add(series);
                total += series.total();
            }
        }
        prepare(pie);
        pie.setLabelsVisible(false);
        for (int index = 0; index < shown.size(); index++) {
            Series series = shown.get(index);
            PieChart.Data slice = pie.getData().get(index);
            decorate(slice.getNode(), set, series, slice.getName() + ": "
                + Measures.full(set.measure(), series.total()) + " ("
                + Formats.percent(series.total() / total) + ")");
        }
        Circle hole = new Circle();
        hole.getStyleClass().add(ResultsStyles.DONUT_HOLE);
        hole.setMouseTransparent(true);
        // The pie fills the smaller side less its padding; a hole of about half its radius reads as a donut.
        hole.radiusProperty().bind(Bindings.min(pie.widthProperty(), pie.heightProperty()).multiply(0.2));
        Label centre = new Label(Measures.full(set.measure(), total) + "\nshown");
        centre.getStyleClass().add(ResultsStyles.DONUT_TOTAL);
        centre.setMouseTransparent(true);
        return new StackPane(pie, hole, centre);
    }

    private void prepare(Chart drawn) {
        drawn.setId(PLOT_ID);
        drawn.setAnimated(false);
        drawn.setLegendVisible(false);
        if (drawn instanceof XYChart) {
            XYChart<?, ?> xy = (XYChart<?, ?>) drawn;
            xy.getXAxis().setAnimated(false);
            xy.getYAxis().setAnimated(false);
        }
    }

    private void decorate(Node node, SeriesSet set, Series series, String tooltip) {
        if (node == null) {
            return;
        }
        node.getStyleClass().addAll(ResultsStyles.SERIES, colour(set, series));
        Tooltip.install(node, new Tooltip(tooltip));
        if (!chart.canDrillInto(series)) {
            return;
        }
        node.setCursor(Cursor.HAND);
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1) {
                chart.drillInto(series);
            }
        });
        node.setOnContextMenuRequested(event -> {
            followUpMenu(series).show(node, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    private ContextMenu followUpMenu(Series series) {
        GroupField dimension = chart.dimensionProperty().get();
        String name = series.name(results.names(), dimension);
        ContextMenu menu = new ContextMenu();
        MenuItem only = new MenuItem("Show only " + name);
        only.setOnAction(event -> chart.drillInto(series));
        menu.getItems().add(only);
        for (GroupField next : chart.followUpFields()) {
            MenuItem query = new MenuItem("Query " + name + " by " + next.label().toLowerCase(Locale.ROOT));
            query.setOnAction(event -> chart.requestQuery(series, next));
            menu.getItems().add(query);
        }
        return menu;
    }

    /** The colour class of a series by its rank, so the legend, the chart and a hidden series agree. */
    static String colour(SeriesSet set, Series series) {
        return ResultsStyles.seriesColour(set.series().indexOf(series), series.isOther());
    }

    /** Series labels by display name; a name shared by two groups gets the id added so categories differ. */
    List<String> uniqueLabels(SeriesSet set) {
        DisplayNames names = results.names();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Series series : set.series()) {
            String label = series.name(names, set.dimension());
            if (!seen.add(label)) {
                label = label + " (" + series.label() + ")";
                seen.add(label);
            }
            labels.add(label);
        }
        return labels;
    }

    private List<String> bucketLabels(List<Bucket> buckets) {
        StatisticsQuery query = results.query();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Bucket bucket : buckets) {
            String label = Labels.bucket(bucket.start(), query == null ? null : query.period(),
                query == null ? null : query.offset(), false);
            if (!seen.add(label)) {
                label = Formats.time(bucket.start(), query == null ? null : query.offset());
                seen.add(label);
            }
            labels.add(label);
        }
        return labels;
    }

    private static double plotted(Measure measure, double value) {
        return Double.isNaN(value) ? 0 : Measures.plotted(measure, value);
    }

    private static NumberAxis valueAxis(Measure measure) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(Measures.axisTitle(measure));
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                boolean money = measure == Measure.COST_SUM || measure == Measure.AVERAGE_COST;
                return money ? Formats.moneyCompact(value.doubleValue())
                    : Formats.compact(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("Axis labels are not parsed");
            }
        });
        return axis;
    }
}
