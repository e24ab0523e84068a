package com.deadlinecost.ui.results.chart;

import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartHit;
import com.deadlinecost.present.chart.ChartLayout;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartPainter;
import com.deadlinecost.present.chart.ChartSurface;
import com.deadlinecost.ui.results.ResultsStyles;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * Any {@link ChartModel} on screen, such as the "What changed" waterfall: one canvas painted by the shared
 * {@link ChartPainter} and one tooltip label, whatever the model (two nodes). Hover shows what a hit-test on the
 * painted layout finds: a marker's description, else the series' tooltip. The theme follows the scene's root.
 */
public final class ChartModelCanvas {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ObservableValue<ChartModel> models;
    private final String emptyMessage;
    private final Pane root = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label tooltip = new Label();
    private ChartLayout layout;

    /**
     * A canvas that paints the model {@code models} holds, and says {@code emptyMessage} while it holds none.
     *
     * @param id the canvas's id, for tests and tools
     */
    public ChartModelCanvas(ObservableValue<ChartModel> models, String emptyMessage, String id) {
        this.models = models;
        this.emptyMessage = emptyMessage;
        canvas.setId(id);
        tooltip.getStyleClass().add(ResultsStyles.CHART_TOOLTIP);
        tooltip.setManaged(false);
        tooltip.setMouseTransparent(true);
        tooltip.setVisible(false);
        root.getChildren().addAll(canvas, tooltip);
        root.setMinSize(0, 0);
        root.getStylesheets().add(ResultsStyles.STYLESHEET);
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener(observable -> paint());
        canvas.heightProperty().addListener(observable -> paint());
        models.addListener(observable -> paint());
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(event -> tooltip.setVisible(false));
        canvas.sceneProperty().addListener((observable, before, scene) -> paint());
    }

    /** The node to place in a window. */
    public Node node() {
        return root;
    }

    /** The layout of the last paint; null before the first or while there is no model. */
    public ChartLayout layout() {
        return layout;
    }

    private void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
        boolean dark = canvas.getScene() != null && canvas.getScene().getRoot().getPseudoClassStates()
            .contains(DARK);
        Palette.Theme theme = dark ? Palette.Theme.DARK : Palette.Theme.LIGHT;
        ChartModel model = models.getValue();
        tooltip.setVisible(false);
        if (model == null) {
            layout = null;
            surface.fillRect(0, 0, width, height, theme.background());
            surface.text(emptyMessage, width / 2, height / 2, new ChartSurface.TextStyle(13, false), theme.muted(),
                ChartSurface.Align.CENTRE);
            return;
        }
        layout = ChartPainter.paint(model.theme() == theme ? model : model.withTheme(theme), surface, width,
            height);
        canvas.getProperties().put(ResultsChartView.LAYOUT_PROPERTY, layout);
    }

    private void hover(MouseEvent event) {
        if (layout == null) {
            return;
        }
        ChartModel model = layout.model();
        Optional<Integer> marker = layout.markerAt(event.getX(), event.getY());
        Optional<ChartHit> hit = layout.hitAt(event.getX(), event.getY());
        String text = marker.map(index -> model.overlays().markers().get(index).describe())
            .orElse(hit.filter(found -> !found.legend()).map(found -> model.describe(found.series(),
                found.bucket())).orElse(null));
        if (text == null) {
            tooltip.setVisible(false);
            return;
        }
        tooltip.setText(text);
        tooltip.setVisible(true);
        tooltip.autosize();
        double x = event.getX();
        double left = x + 14 + tooltip.getWidth() > canvas.getWidth() ? x - 14 - tooltip.getWidth() : x + 14;
        double top = Math.min(Math.max(0, event.getY() + 14), Math.max(0, canvas.getHeight() - tooltip.getHeight()));
        tooltip.relocate(Math.max(0, left), top);
    }
}
