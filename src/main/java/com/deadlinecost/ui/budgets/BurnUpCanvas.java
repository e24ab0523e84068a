package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.BurnUp;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.BurnUpCharts;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartPainter;
import com.deadlinecost.ui.results.chart.CanvasSurface;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The burn-up of the selected budget: the shared chart model ({@link BurnUpCharts}) drawn by the shared painter on
 * one canvas that fills the region, so the screen says what an export would. A constant number of nodes.
 */
final class BurnUpCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final ObservableValue<String> title;
    private BurnUp chart;
    private ChartModel model;

    BurnUpCanvas(ObservableValue<BurnUp> burnUp, ObservableValue<String> title) {
        this.title = title;
        setId("burnUpChart");
        getChildren().add(canvas);
        setMinSize(200, 160);
        burnUp.addListener((observable, before, after) -> show(after));
        show(burnUp.getValue());
    }

    private void show(BurnUp next) {
        chart = next;
        model = next == null ? null : BurnUpCharts.model(next, title.getValue(), Palette.Theme.LIGHT);
        paint();
    }

    /** The burn-up drawn, for tests. */
    BurnUp chart() {
        return chart;
    }

    /** Its chart model, for tests. */
    ChartModel model() {
        return model;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private void paint() {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (model != null && getWidth() > 0 && getHeight() > 0) {
            ChartPainter.paint(model, new CanvasSurface(canvas.getGraphicsContext2D()), getWidth(), getHeight());
        }
    }
}
