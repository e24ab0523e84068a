package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.service.export.chart.ChartKind;
import com.deadlinecost.ui.results.BreadcrumbBar;
import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsViewModel;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The chart half of the results: the breadcrumb, the choosers (type, dimension, measure, top N), the chart
 * and its legend. The chart and legend sit in one node with id {@code resultsChart}.
 */
public final class ResultsChartView {
    /** The id of the node holding the chart and its legend. */
    public static final String CHART_ID = "resultsChart";

    private final ResultsChartViewModel chart;
    private final ResultsViewModel results;
    private final ChartRenderer renderer;
    private final ChartLegend legend;
    private final StackPane plotArea = new StackPane();
    private final Label empty = new Label();
    private final BorderPane root = new BorderPane();

    public ResultsChartView(ResultsViewModel results, ResultsChartViewModel chart) {
        this.results = results;
        this.chart = chart;
        this.renderer = new ChartRenderer(chart, results);
        this.legend = new ChartLegend(chart);
        empty.setId("chartEmpty");
        empty.getStyleClass().add(ResultsStyles.EMPTY);
        plotArea.getStyleClass().add(ResultsStyles.CHART_AREA);
        VBox.setVgrow(plotArea, Priority.ALWAYS);
        VBox chartWithLegend = new VBox(plotArea, legend.node());
        chartWithLegend.setId(CHART_ID);
        chartWithLegend.getStyleClass().add(ResultsStyles.RESULTS);
        root.setTop(new VBox(new BreadcrumbBar(results).node(), toolbar()));
        root.setCenter(chartWithLegend);
        root.getStyleClass().add(ResultsStyles.RESULTS);
        root.getStylesheets().add(ResultsStyles.STYLESHEET);
        Observable[] redrawOn = {chart.seriesSetProperty(), chart.chartTypeProperty(), results.namesValue(),
            results.emptyMessageBinding()};
        for (Observable input : redrawOn) {
            input.addListener(observable -> redraw());
        }
        chart.hiddenSeries().addListener((SetChangeListener<String>) change -> redraw());
        redraw();
    }

    /** The whole chart half, to place in the window's chart region. */
    public Node node() {
        return root;
    }

    private HBox toolbar() {
        ComboBox<ChartKind> type = new ComboBox<>(FXCollections.observableArrayList(ChartKind.values()));
        type.setId("chartType");
        type.valueProperty().bindBidirectional(chart.chartTypeProperty());
        ComboBox<GroupField> dimension = new ComboBox<>(chart.dimensions());
        dimension.setId("chartDimension");
        dimension.setConverter(labelled(GroupField::label));
        dimension.setButtonCell(labelledCell(GroupField::label));
        dimension.valueProperty().bindBidirectional(chart.dimensionProperty());
        ComboBox<Measure> measure = new ComboBox<>(FXCollections.observableArrayList(Measure.values()));
        measure.setId("chartMeasure");
        measure.setConverter(labelled(ResultsChartViewModel::measureName));
        measure.setButtonCell(labelledCell(ResultsChartViewModel::measureName));
        measure.valueProperty().bindBidirectional(chart.measureProperty());
        Spinner<Integer> topN = new Spinner<>();
        topN.setId("chartTopN");
        topN.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
            ResultsChartViewModel.MAX_TOP_N, chart.topNProperty().get()));
        topN.setEditable(true);
        topN.setPrefWidth(72);
        topN.valueProperty().addListener((observable, before, value) -> chart.topNProperty().set(value));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(type, new Label("by"), dimension, new Label("of"), measure, spacer,
            new Label("Top"), topN);
        bar.getStyleClass().add(ResultsStyles.TOOLBAR);
        return bar;
    }

    private void redraw() {
        SeriesSet set = chart.seriesSetProperty().get();
        if (set == null || set.isEmpty()) {
            String message = results.emptyMessageBinding().get();
            empty.setText(message.isEmpty() ? "Nothing to chart." : message);
            plotArea.getChildren().setAll(empty);
            legend.show(null, null);
            return;
        }
        plotArea.getChildren().setAll(renderer.render(set, chart.chartTypeProperty().get()));
        legend.show(set, renderer.uniqueLabels(set));
    }

    private static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }

    private static <T> ListCell<T> labelledCell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : label.apply(item));
            }
        };
    }
}
