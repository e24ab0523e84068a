package com.deadlinecost.bench;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartFixtures;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartPainter;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.RowStore;
import com.deadlinecost.ui.results.chart.CanvasSurface;
import com.deadlinecost.ui.results.chart.ResultsChartView;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Figure 7: the chart of 10 series x 17,520 hourly buckets (two years) on the FX thread. Each of 20 repaints
 * (after 5 not counted) builds the chart model from the chart's data and paints it on a 1280 x 600 canvas (what
 * a resize, a hover highlight or a legend toggle costs); the fold from the 175,200 rows into display buckets, which
 * runs once per change of the rows, is reported beside it. The results' chart view is then loaded with the same
 * rows and its nodes counted before and after: a canvas chart's node count does not grow with its data.
 */
final class ChartPaintBench {
    static final String NAME = "7 Chart paint";
    private static final int REPAINTS = 20;
    private static final int WARM_UP = 5;
    private static final int HOURS = 2 * 365 * 24;

    private final PrintWriter out;

    ChartPaintBench(PrintWriter out) {
        this.out = out;
    }

    List<Figure> run() throws Exception {
        HeadlessFx.start();
        List<CostRow> rows = ChartFixtures.rows(Period.HOURLY, HOURS, 10, hour -> true);
        TimeRange range = ChartFixtures.range(Period.HOURLY, HOURS);
        ChartData.Request request = ChartFixtures.request(ChartKind.STACKED_BARS, Period.HOURLY, range);
        Canvas canvas = onFx(() -> new Canvas(1280, 600));
        long[] paint = new long[REPAINTS + WARM_UP];
        long[] fold = new long[REPAINTS + WARM_UP];
        ChartData[] data = new ChartData[1];
        // The first rounds load and compile the painter's code; they are run but not counted.
        for (int round = 0; round < REPAINTS + WARM_UP; round++) {
            int index = round;
            fold[index] = onFx(() -> {
                long start = System.nanoTime();
                data[0] = ChartData.of(rows, request, ChartData.maxBucketsFor(1280 * 0.7));
                return System.nanoTime() - start;
            });
            paint[index] = onFx(() -> {
                long start = System.nanoTime();
                ChartModel model = ChartModel.of(data[0], ChartKind.STACKED_BARS, DisplayNames.empty(),
                    ChartModel.Header.titled(""), Set.of(), Palette.Theme.LIGHT);
                ChartPainter.paint(model, new CanvasSurface(canvas.getGraphicsContext2D()), 1280, 600);
                return System.nanoTime() - start;
            });
        }
        paint = Arrays.copyOfRange(paint, WARM_UP, paint.length);
        fold = Arrays.copyOfRange(fold, WARM_UP, fold.length);
        Arrays.sort(paint);
        Arrays.sort(fold);
        int[] nodes = nodeCounts(rows, range);
        out.printf("Chart paint: model + paint median %s, max %s; fold median %s, max %s; nodes %d before, %d"
            + " after loading %,d rows%n", Figure.millis(paint[REPAINTS / 2]), Figure.millis(paint[REPAINTS - 1]),
            Figure.millis(fold[REPAINTS / 2]), Figure.millis(fold[REPAINTS - 1]), nodes[0], nodes[1], rows.size());
        out.flush();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.judged(NAME + " 10 x 17,520 h, median of 20", Figure.millis(paint[REPAINTS / 2]),
            "16.7 ms (60 Hz)", paint[REPAINTS / 2] / 16.7e6, "<= 16 ms", paint[REPAINTS / 2] <= 16e6));
        figures.add(Figure.judged(NAME + " max of 20", Figure.millis(paint[REPAINTS - 1]), "16.7 ms (60 Hz)",
            paint[REPAINTS - 1] / 16.7e6, "<= 50 ms", paint[REPAINTS - 1] <= 50e6));
        figures.add(new Figure(NAME + " fold of 175,200 rows (once per change)", Figure.millis(fold[REPAINTS / 2])
            + " median, " + Figure.millis(fold[REPAINTS - 1]) + " max", "-", Double.NaN, "-", "-"));
        figures.add(Figure.judged(NAME + " chart nodes before/after loading", nodes[0] + " / " + nodes[1], "-",
            Double.NaN, "equal", nodes[0] == nodes[1]));
        return figures;
    }

    /** The chart view's nodes with no rows, and once it has drawn the rows. */
    private static int[] nodeCounts(List<CostRow> rows, TimeRange range) throws Exception {
        RowStore[] source = new RowStore[1];
        SimpleObjectProperty<StatisticsQuery> query = new SimpleObjectProperty<>(new StatisticsQuery("farm-1",
            ResourceSelection.queues("queue-0"), range, UtcOffset.UTC, Period.HOURLY, List.of(GroupField.QUEUE_ID),
            EnumSet.of(Statistic.SUM)));
        Node view = onFx(() -> {
            source[0] = new RowStore(RecomputeScheduler.nextPulse());
            ResultsViewModel results = new ResultsViewModel(source[0], query, new SimpleObjectProperty<>(
                DisplayNames.empty()), RecomputeScheduler.nextPulse(), text -> { });
            ResultsChartViewModel chart = new ResultsChartViewModel(results.shownRows(), query,
                results.drillDown(), RecomputeScheduler.nextPulse(), InlineTaskRunner.immediate());
            chart.chartTypeProperty().set(ChartKind.STACKED_BARS);
            Node node = new ResultsChartView(results, chart).node();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(node), 1280, 800));
            stage.show();
            return node;
        });
        waitForPulses();
        int before = onFx(() -> count(view));
        onFx(() -> {
            source[0].load(rows);
            return null;
        });
        waitForPulses();
        int after = onFx(() -> count(view));
        return new int[] {before, after};
    }

    private static void waitForPulses() throws Exception {
        for (int pulse = 0; pulse < 5; pulse++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> Platform.runLater(() -> done.complete(null)));
            done.get(1, TimeUnit.MINUTES);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static int count(Node node) {
        int count = 1;
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                count += count(child);
            }
        }
        return count;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
