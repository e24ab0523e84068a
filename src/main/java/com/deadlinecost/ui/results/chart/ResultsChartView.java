package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.ui.results.BreadcrumbBar;
import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsViewModel;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The chart half of the results: the breadcrumb, the choosers (type, dimension, measure, top N), a zoom bar
 * while a part of the range is shown, and the chart itself: one canvas, whatever the data (see
 * {@link ChartCanvas}). The chart sits in a node with id {@code resultsChart}.
 */
public final class ResultsChartView {
    /** The id of the node holding the chart. */
    public static final String CHART_ID = "resultsChart";
    /** The id of the chart's canvas. */
    public static final String CANVAS_ID = ChartCanvas.CANVAS_ID;
    /** The key under which the canvas keeps the {@code ChartLayout} of its last paint, for tests and tools. */
    public static final String LAYOUT_PROPERTY = "chartLayout";

    private final ResultsChartViewModel chart;
    private final ResultsViewModel results;
    private final ChartCanvas canvas;
    private final BorderPane root = new BorderPane();

    public ResultsChartView(ResultsViewModel results, ResultsChartViewModel chart) {
        this.results = results;
        this.chart = chart;
        this.canvas = new ChartCanvas(chart, () -> chart.model(results.names(), Palette.Theme.LIGHT));
        Node plot = canvas.node();
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox chartBox = new VBox(zoomBar(), plot);
        chartBox.setId(CHART_ID);
        chartBox.getStyleClass().addAll(ResultsStyles.RESULTS, ResultsStyles.CHART_AREA);
        root.setTop(new VBox(new BreadcrumbBar(results).node(), toolbar()));
        root.setCenter(chartBox);
        root.getStyleClass().add(ResultsStyles.RESULTS);
        root.getStylesheets().add(ResultsStyles.STYLESHEET);
        Observable[] redrawOn = {chart.chartDataProperty(), chart.chartTypeProperty(), results.namesValue(),
            results.emptyMessageBinding(), chart.overlayInputsProperty()};
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

    private HBox zoomBar() {
        Label zoomed = new Label();
        zoomed.setId("chartZoomed");
        Button back = new Button("Show the whole range");
        back.setId("chartZoomOut");
        back.setOnAction(event -> chart.resetZoom());
        Button query = new Button("Query this range");
        query.setId("chartQueryRange");
        query.setOnAction(event -> chart.queryZoomedRange());
        HBox bar = new HBox(zoomed, back, query);
        bar.getStyleClass().add(ResultsStyles.TOOLBAR);
        bar.visibleProperty().bind(chart.zoomRangeProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        chart.zoomRangeProperty().addListener((observable, before, range) -> zoomed.setText(range == null ? ""
            : "Zoomed to " + Formats.time(range.start(), offset()) + " \u2013 " + Formats.time(range.end(), offset())));
        return bar;
    }

    private UtcOffset offset() {
        return results.query() == null ? null : results.query().offset();
    }

    private HBox toolbar() {
        ComboBox<ChartKind> type = new ComboBox<>(FXCollections.observableArrayList(ChartKind.forResults()));
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
        String message = results.emptyMessageBinding().get();
        canvas.refresh(message.isEmpty() ? "Nothing to chart." : message);
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
