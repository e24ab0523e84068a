package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartHit;
import com.deadlinecost.present.chart.ChartLayout;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartPainter;
import com.deadlinecost.present.chart.ChartSeries;
import com.deadlinecost.present.chart.ChartSurface;
import com.deadlinecost.ui.results.ResultsStyles;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The chart on screen: one canvas painted by the shared {@link ChartPainter}, one tooltip label and one
 * selection band, whatever the data (three nodes). Hover, clicks, drags and keys are answered by hit-tests
 * on the painted {@link ChartLayout}: hover shows the group, bucket, value and share; a click on a bar, point
 * or slice drills into its group, on a legend entry hides or shows the series; a drag across the time axis
 * zooms into that range. Keys: left and right step through buckets, up and down through series, Enter drills,
 * Escape zooms back out.
 */
final class ChartCanvas {
    /** The id of the canvas, for tests. */
    static final String CANVAS_ID = "chartCanvas";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final double DRAG_THRESHOLD = 6;

    private final ResultsChartViewModel chart;
    private final Supplier<ChartModel> models;
    private final Pane root = new Pane();
    private final Canvas canvas = new Canvas();
    /** One surface for the canvas's life: it keeps the text widths it measured (see CanvasSurface#textWidth). */
    private final CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
    private final Label tooltip = new Label();
    private final Region selection = new Region();
    private ChartModel model;
    private ChartLayout layout;
    private String emptyMessage = "";
    private double dragStart = Double.NaN;
    private int focusSeries = -1;
    private int focusBucket = -1;

    ChartCanvas(ResultsChartViewModel chart, Supplier<ChartModel> models) {
        this.chart = chart;
        this.models = models;
        canvas.setId(CANVAS_ID);
        canvas.setFocusTraversable(true);
        tooltip.getStyleClass().add(ResultsStyles.CHART_TOOLTIP);
        tooltip.setManaged(false);
        tooltip.setMouseTransparent(true);
        tooltip.setVisible(false);
        tooltip.setId("chartTooltip");
        selection.getStyleClass().add(ResultsStyles.CHART_SELECTION);
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        selection.setVisible(false);
        root.getChildren().addAll(canvas, selection, tooltip);
        root.setMinSize(0, 0);
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener(observable -> resized());
        canvas.heightProperty().addListener(observable -> paint());
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(event -> tooltip.setVisible(false));
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnKeyPressed(this::key);
        canvas.setOnContextMenuRequested(this::followUps);
        // The theme switches by a pseudo-class on the scene's root: repaint in the other colours when it does.
        SetChangeListener<PseudoClass> themeChanged = change -> paint();
        canvas.sceneProperty().addListener((observable, before, scene) -> {
            if (before != null) {
                before.getRoot().getPseudoClassStates().removeListener(themeChanged);
            }
            if (scene != null) {
                scene.getRoot().getPseudoClassStates().addListener(themeChanged);
                paint();
            }
        });
    }

    Node node() {
        return root;
    }

    /** Takes a new model from the view model and paints it; {@code empty} is said when there is none. */
    void refresh(String empty) {
        emptyMessage = empty;
        model = models.get();
        if (model == null || focusSeries >= model.series().size() || focusBucket >= model.buckets().size()) {
            focusSeries = -1;
            focusBucket = -1;
        }
        paint();
    }

    private void resized() {
        // The plot takes about seven tenths of the width; the rest is the legend and the value axis.
        chart.plotWidthProperty().set(ChartData.plotWidthOf(canvas.getWidth()));
        paint();
    }

    private void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        Palette.Theme theme = isDark() ? Palette.Theme.DARK : Palette.Theme.LIGHT;
        if (model == null) {
            layout = null;
            canvas.getProperties().remove(ResultsChartView.LAYOUT_PROPERTY);
            surface.fillRect(0, 0, width, height, theme.background());
            surface.text(emptyMessage.isEmpty() ? "Nothing to chart." : emptyMessage, width / 2, height / 2,
                new ChartSurface.TextStyle(13, false), theme.muted(), ChartSurface.Align.CENTRE);
            return;
        }
        if (model.theme() != theme) {
            model = model.withTheme(theme);
        }
        layout = ChartPainter.paint(model, surface, width, height, focusSeries, focusBucket);
        canvas.getProperties().put(ResultsChartView.LAYOUT_PROPERTY, layout);
    }

    private boolean isDark() {
        return canvas.getScene() != null && canvas.getScene().getRoot().getPseudoClassStates().contains(DARK);
    }

    private void hover(MouseEvent event) {
        Optional<Integer> marker = layout == null ? Optional.empty() : layout.markerAt(event.getX(), event.getY());
        if (marker.isPresent()) {
            showTooltip(model.overlays().markers().get(marker.get()).describe(), event.getX(), event.getY());
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        Optional<ChartHit> hit = hitAt(event.getX(), event.getY());
        if (hit.isEmpty()) {
            tooltip.setVisible(false);
            canvas.setCursor(layout != null && model.kind().overTime() && layout.inPlot(event.getX(), event.getY())
                ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            return;
        }
        ChartSeries series = model.series().get(hit.get().series());
        String text = hit.get().legend() ? series.label() + "\nClick to " + (series.visible() ? "hide" : "show")
            : model.describe(hit.get().series(), hit.get().bucket())
            + (series.drillable() ? "\nClick to drill in" : "");
        showTooltip(text, event.getX(), event.getY());
        canvas.setCursor(hit.get().legend() || series.drillable() ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void showTooltip(String text, double x, double y) {
        tooltip.setText(text);
        tooltip.setVisible(true);
        tooltip.autosize();
        double left = x + 14 + tooltip.getWidth() > canvas.getWidth() ? x - 14 - tooltip.getWidth() : x + 14;
        double top = Math.min(Math.max(0, y + 14), Math.max(0, canvas.getHeight() - tooltip.getHeight()));
        tooltip.relocate(Math.max(0, left), top);
    }

    private Optional<ChartHit> hitAt(double x, double y) {
        return layout == null ? Optional.empty() : layout.hitAt(x, y);
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        boolean onTimeAxis = layout != null && model.kind().overTime() && layout.inPlot(event.getX(), event.getY())
            || layout != null && model.kind().overTime() && event.getY() > layout.plotBottom()
            && event.getX() >= layout.plotLeft() && event.getX() <= layout.plotRight();
        dragStart = event.getButton() == MouseButton.PRIMARY && onTimeAxis ? event.getX() : Double.NaN;
    }

    private void dragged(MouseEvent event) {
        if (Double.isNaN(dragStart) || Math.abs(event.getX() - dragStart) < DRAG_THRESHOLD) {
            return;
        }
        double from = Math.max(layout.plotLeft(), Math.min(dragStart, event.getX()));
        double to = Math.min(layout.plotRight(), Math.max(dragStart, event.getX()));
        selection.resizeRelocate(from, layout.plotTop(), to - from, layout.plotBottom() - layout.plotTop());
        selection.setVisible(true);
        tooltip.setVisible(false);
    }

    private void released(MouseEvent event) {
        selection.setVisible(false);
        if (!Double.isNaN(dragStart) && Math.abs(event.getX() - dragStart) >= DRAG_THRESHOLD) {
            chart.zoomTo(layout.bucketAt(dragStart), layout.bucketAt(event.getX()));
            dragStart = Double.NaN;
            return;
        }
        dragStart = Double.NaN;
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        hitAt(event.getX(), event.getY()).ifPresent(this::activate);
    }

    private void activate(ChartHit hit) {
        ChartSeries series = model.series().get(hit.series());
        tooltip.setVisible(false);
        if (hit.legend()) {
            chart.toggleSeries(series.key());
        } else {
            chart.drillInto(series);
        }
    }

    /** Right-click on a group: show only it, or query it split by another field. */
    private void followUps(ContextMenuEvent event) {
        Optional<ChartHit> hit = hitAt(event.getX(), event.getY());
        if (hit.isEmpty() || hit.get().legend() || !model.series().get(hit.get().series()).drillable()) {
            return;
        }
        ChartSeries series = model.series().get(hit.get().series());
        ContextMenu menu = new ContextMenu();
        MenuItem only = new MenuItem("Show only " + series.label());
        only.setOnAction(action -> chart.drillInto(series));
        menu.getItems().add(only);
        for (GroupField next : chart.followUpFields()) {
            MenuItem query = new MenuItem("Query " + series.label() + " by " + next.label().toLowerCase(Locale.ROOT));
            query.setOnAction(action -> chart.requestQuery(series, next));
            menu.getItems().add(query);
        }
        tooltip.setVisible(false);
        menu.show(canvas, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private void key(KeyEvent event) {
        if (model == null || model.isEmpty()) {
            return;
        }
        boolean overTime = model.kind().overTime();
        switch (event.getCode()) {
            case LEFT:
            case RIGHT:
                if (overTime) {
                    focusBucket = step(focusBucket, model.buckets().size(), event.getCode().name().equals("RIGHT"));
                    focusSeries = focusSeries < 0 ? firstVisible() : focusSeries;
                } else {
                    focusSeries = nextVisible(event.getCode().name().equals("RIGHT"));
                    focusBucket = 0;
                }
                break;
            case UP:
            case DOWN:
                focusSeries = nextVisible(event.getCode().name().equals("DOWN"));
                focusBucket = Math.max(0, focusBucket);
                break;
            case ENTER:
                if (focusSeries >= 0) {
                    chart.drillInto(model.series().get(focusSeries));
                }
                break;
            case ESCAPE:
                chart.resetZoom();
                break;
            default:
                return;
        }
        event.consume();
        paint();
        showFocusTooltip();
    }

    private void showFocusTooltip() {
        if (focusSeries < 0 || layout == null) {
            tooltip.setVisible(false);
            return;
        }
        int bucket = model.kind().overTime() ? focusBucket : 0;
        double[] at = layout.pointOf(focusSeries, bucket).orElse(new double[] {layout.bucketCentre(bucket),
            layout.plotTop()});
        showTooltip(model.describe(focusSeries, bucket), at[0], at[1]);
    }

    private static int step(int current, int count, boolean forward) {
        if (current < 0) {
            return forward ? 0 : count - 1;
        }
        return Math.max(0, Math.min(count - 1, current + (forward ? 1 : -1)));
    }

    private int firstVisible() {
        for (int index = 0; index < model.series().size(); index++) {
            if (model.series().get(index).visible()) {
                return index;
            }
        }
        return -1;
    }

    private int nextVisible(boolean forward) {
        int count = model.series().size();
        int index = focusSeries;
        for (int tried = 0; tried < count; tried++) {
            index = Math.floorMod(index + (forward ? 1 : -1), count);
            if (model.series().get(index).visible()) {
                return index;
            }
        }
        return focusSeries;
    }
}
