package com.deadlinecost.ui.insight;

import com.deadlinecost.ui.results.chart.ChartModelCanvas;
import javafx.scene.layout.StackPane;

/**
 * The "What changed" waterfall, drawn by the shared chart painter on one canvas (the same picture as the report's
 * {@code waterfall.png}); hovering a bar tells its change and its runtime and rate effects.
 */
public final class WaterfallView extends StackPane {
    /** The id of the waterfall's canvas. */
    public static final String CANVAS_ID = "waterfallCanvas";

    public WaterfallView(WaterfallViewModel viewModel) {
        setId("waterfall");
        setMinSize(0, 0);
        getChildren().add(new ChartModelCanvas(viewModel.modelProperty(),
            "Choose \"Compare with\" and run the query to see what changed", CANVAS_ID).node());
    }
}
