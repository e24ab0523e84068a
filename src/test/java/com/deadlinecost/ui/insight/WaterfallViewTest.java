package com.deadlinecost.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.insight.ChangeDecomposition;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartLayout;
import com.deadlinecost.present.chart.ChartSeries;
import com.deadlinecost.ui.results.chart.ResultsChartView;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's waterfall is the shared painter's, on one canvas. */
@ExtendWith(ApplicationExtension.class)
class WaterfallViewTest {
    private final WaterfallViewModel viewModel = new WaterfallViewModel();
    private WaterfallView view;

    @Start
    void start(Stage stage) {
        view = new WaterfallView(viewModel);
        stage.setScene(new Scene(view, 1000, 560));
        stage.show();
    }

    private static CostRow row(String queue, double cost) {
        Instant start = Instant.parse("2025-03-03T00:00:00Z");
        return new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue), Bucket.of(start, start.plusSeconds(86_400)), 1,
            EnumSet.of(Statistic.SUM), new StatisticValues(cost, cost, cost, cost),
            new StatisticValues(3600, 3600, 3600, 3600));
    }

    @Test
    void theWaterfallIsPaintedFromItsChartModelWithItsBarsWhereAHitTestFindsThem() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> viewModel.show(ChangeDecomposition.of(List.of(row("q-a", 100), row("q-b", 50)),
            List.of(row("q-a", 160), row("q-b", 20)), List.of(GroupField.QUEUE_ID)), DisplayNames.empty()))
            .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Canvas canvas = (Canvas) view.lookup("#" + WaterfallView.CANVAS_ID);
        ChartLayout layout = (ChartLayout) canvas.getProperties().get(ResultsChartView.LAYOUT_PROPERTY);
        assertThat(layout.model().kind()).isEqualTo(ChartKind.WATERFALL);
        assertThat(layout.model().series()).extracting(ChartSeries::label)
            .containsExactly("Earlier", "q-a", "q-b", "Now");
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get(30,
            TimeUnit.SECONDS);
        for (int index = 0; index < 4; index++) {
            double[] at = layout.pointOf(index, 0).orElseThrow();
            Color pixel = snapshot.getPixelReader().getColor((int) at[0], (int) at[1]);
            ChartSeries bar = layout.model().series().get(index);
            assertThat((int) Math.round(pixel.getRed() * 255)).as(bar.label()).isEqualTo(bar.colour().red());
            assertThat((int) Math.round(pixel.getGreen() * 255)).as(bar.label()).isEqualTo(bar.colour().green());
        }
    }
}
