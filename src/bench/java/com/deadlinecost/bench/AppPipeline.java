package com.deadlinecost.bench;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.explorer.QueryRunViewModel;
import com.deadlinecost.ui.explorer.ResultsView;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.RowStore;
import com.deadlinecost.ui.results.TextClipboard;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * The app's ingest path, as the main window wires it: {@link QueryRunViewModel} on the real task runner feeding
 * {@link ResultsViewModel}, whose table, summary and charts ({@link ResultsView}) are shown on a stage. A run
 * ends on the first pulse at which the query has finished and the table's list holds every row.
 */
final class AppPipeline {
    private final QueryRunViewModel run;
    private final ResultsViewModel results;
    private final PulseGaps gaps = new PulseGaps();
    private final Stage stage = new Stage();
    private volatile DeadlineGateway gateway;

    private AppPipeline(DeadlineGateway gateway, TaskRunner taskRunner) {
        this.gateway = gateway;
        RowStore rows = new RowStore(RecomputeScheduler.nextPulse());
        run = new QueryRunViewModel(() -> this.gateway, taskRunner, rows);
        results = new ResultsViewModel(rows, run.shownQueryProperty(),
            new SimpleObjectProperty<>(DisplayNames.empty()), RecomputeScheduler.nextPulse(), TextClipboard.system());
        results.loadingProperty().bind(run.runningProperty());
        ResultsChartViewModel chart = new ResultsChartViewModel(results.shownRows(), run.shownQueryProperty(),
            results.drillDown(), RecomputeScheduler.nextPulse(), taskRunner);
        ResultsView view = new ResultsView(results, chart);
        SplitPane split = new SplitPane(view.chartNode(), view.tableNode());
        split.setOrientation(Orientation.VERTICAL);
        Scene scene = new Scene(split, 1280, 800);
        // The main window's stylesheet defines the colour variables the results' stylesheet looks up.
        scene.getStylesheets().add(ResultsView.class.getResource("/com/deadlinecost/ui/shell/shell.css")
            .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Builds and shows the window on the FX thread. */
    static AppPipeline open(DeadlineGateway gateway, TaskRunner taskRunner) throws Exception {
        return onFx(() -> new AppPipeline(gateway, taskRunner));
    }

    /** Builds and shows the window on the FX thread; each run names its gateway. */
    static AppPipeline open(TaskRunner taskRunner) throws Exception {
        return open(null, taskRunner);
    }

    /** Runs the query through {@code through} to the end, recording pulse gaps; returns the nanoseconds it took. */
    long runOnce(DeadlineGateway through, StatisticsQuery query, int expectedRows, Duration timeout)
            throws Exception {
        gateway = through;
        return runOnce(query, expectedRows, true, timeout);
    }

    /** Runs the query to the end, recording pulse gaps meanwhile; returns the nanoseconds it took. */
    long runOnce(StatisticsQuery query, int expectedRows, boolean recordGaps) throws Exception {
        return runOnce(query, expectedRows, recordGaps, Duration.ofMinutes(5));
    }

    private long runOnce(StatisticsQuery query, int expectedRows, boolean recordGaps, Duration timeout)
            throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (recordGaps) {
                gaps.record();
            }
            long started = System.nanoTime();
            run.run(query);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (run.errorProperty().get() != null) {
                        stop();
                        done.completeExceptionally(run.errorProperty().get());
                    } else if (!run.runningProperty().get() && results.shownRows().size() == expectedRows) {
                        stop();
                        gaps.pause();
                        done.complete(System.nanoTime() - started);
                    }
                }
            }.start();
        });
        return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the window, so that later figures do not pay for its pulses. */
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    /**
     * Reads a result with {@code load} off the FX thread (as the History pane's task does), shows it at once and
     * waits for the pulse at which the table holds every row; returns the nanoseconds from the start of the read.
     */
    long showOnce(java.util.concurrent.Callable<List<CostRow>> load, StatisticsQuery query, int expectedRows)
            throws Exception {
        long started = System.nanoTime();
        List<CostRow> rows = load.call();
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            run.show(query, rows, DisplayNames.empty(), "Done — from the history");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (results.shownRows().size() == expectedRows) {
                        stop();
                        done.complete(System.nanoTime() - started);
                    }
                }
            }.start();
        });
        return done.get(5, TimeUnit.MINUTES);
    }

    /** Clears what is shown, so that the next round starts from an empty table and chart. */
    void clear() throws Exception {
        onFx(() -> {
            run.show(run.shownQueryProperty().get(), List.of(), DisplayNames.empty(), "");
            return null;
        });
    }

    PulseGaps gaps() {
        return gaps;
    }

    /** A plain copy of the rows the run delivered: the list the memory figure measures. */
    List<CostRow> rowsCopy() throws Exception {
        return onFx(() -> new ArrayList<>(results.rows().all()));
    }

    static <T> T onFx(Supplier<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }
}
