package com.deadlinecost.ui.insight;

import com.deadlinecost.ui.insight.WaterfallViewModel.Bar;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The "What changed" waterfall on one canvas: a constant number of nodes whatever the number of groups. */
public final class WaterfallView extends Pane {
    private static final Color RISE = Color.web("#f3622d");
    private static final Color FALL = Color.web("#57b757");
    private static final Color TOTAL = Color.web("#4258c9");
    private static final double MARGIN = 24;
    private static final double LABELS = 44;

    private final WaterfallViewModel viewModel;
    private final Canvas canvas = new Canvas();

    public WaterfallView(WaterfallViewModel viewModel) {
        this.viewModel = viewModel;
        setId("waterfall");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(observable -> draw());
        canvas.heightProperty().addListener(observable -> draw());
        viewModel.barsProperty().addListener(observable -> draw());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        List<Bar> bars = viewModel.barsProperty().get();
        if (bars.isEmpty() || width < 100 || height < 100) {
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Choose \"Compare with\" and run the query to see what changed", width / 2, height / 2);
            return;
        }
        double low = 0;
        double high = 0;
        for (Bar bar : bars) {
            low = Math.min(low, Math.min(bar.fromUsd(), bar.toUsd()));
            high = Math.max(high, Math.max(bar.fromUsd(), bar.toUsd()));
        }
        high = high <= low ? low + 1 : high * 1.1;
        double plotTop = MARGIN;
        double plotHeight = height - MARGIN - LABELS - MARGIN;
        double slot = (width - 2 * MARGIN) / bars.size();
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = plotTop + (high - Math.max(bar.fromUsd(), bar.toUsd())) / (high - low) * plotHeight;
            double bottom = plotTop + (high - Math.min(bar.fromUsd(), bar.toUsd())) / (high - low) * plotHeight;
            double x = MARGIN + slot * i + slot * 0.2;
            g.setFill(bar.kind() == WaterfallViewModel.Kind.TOTAL ? TOTAL
                : bar.kind() == WaterfallViewModel.Kind.RISE ? RISE : FALL);
            g.fillRect(x, top, slot * 0.6, Math.max(1, bottom - top));
            g.setFill(Color.web("#1f2328"));
            g.fillText(bar.valueText(), x + slot * 0.3, top - 2, slot);
            g.fillText(bar.label(), x + slot * 0.3, plotTop + plotHeight + 18, slot - 4);
            g.setFill(Color.web("#5b636e"));
            g.fillText(bar.effectText(), x + slot * 0.3, plotTop + plotHeight + 34, slot - 4);
        }
    }
}
