package com.deadlinecost.ui.explorer;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskContext;
import com.deadlinecost.ui.common.TaskHandle;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.results.RowStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queries in the background and hands each page to the results' {@link RowStore} on the UI thread; it keeps
 * only the run's state (phase, progress, error, rows delivered as the run counts them). Every run has a generation
 * number: outcomes of a cancelled or superseded run are dropped, and so are its pages once another query started.
 * Pages already on their way when a run is cancelled still land, since the run counts them as delivered and a
 * resumed run does not ask for them again.
 */
public final class QueryRunViewModel {
    /** The value of {@link #progressProperty()} while the share done is unknown. */
    public static final double INDETERMINATE = -1;
    private static final Logger LOG = LoggerFactory.getLogger(QueryRunViewModel.class);

    private final Supplier<DeadlineGateway> gateway;
    private final TaskRunner taskRunner;
    private final RowStore rows;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyLongWrapper rowsLoaded = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(Duration.ZERO);
    private final ReadOnlyObjectWrapper<QueryProblem> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatisticsQuery> shownQuery = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DisplayNames> storedNames = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private volatile int generation;
    /** Bumped by every new query (not by a cancel): pages of an earlier query never reach the store. */
    private int queryNumber;
    private TaskHandle current;
    private PlannedRun plan;

    /**
     * @param gateway the gateway of the connection chosen now
     * @param taskRunner where runs go
     * @param rows where the pages go: the results' store
     */
    public QueryRunViewModel(Supplier<DeadlineGateway> gateway, TaskRunner taskRunner, RowStore rows) {
        this.gateway = gateway;
        this.taskRunner = taskRunner;
        this.rows = rows;
    }

    /** Starts the query, replacing what is shown and cancelling a run in progress. */
    public void run(StatisticsQuery query) {
        start(query, false);
    }

    /** Starts the query asking the service for all of it, reusing nothing kept in the history. */
    public void runFresh(StatisticsQuery query) {
        start(query, true);
    }

    /**
     * Shows a finished result at once, e.g. one kept in the history: the rows replace what is shown, any run is
     * cancelled, and the status says where the rows came from.
     *
     * @param names the names the result was shown with, used instead of the connection's
     */
    public void show(StatisticsQuery query, List<CostRow> rows, DisplayNames names, String status) {
        cancelCurrent();
        generation++;
        queryNumber++;
        plan = null;
        storedNames.set(names);
        this.rows.load(rows);
        shownQuery.set(query);
        error.set(null);
        rowsLoaded.set(rows.size());
        elapsed.set(Duration.ZERO);
        resumable.set(false);
        running.set(false);
        note.set("");
        progress.set(1);
        phase.set(status);
    }

    private void start(StatisticsQuery query, boolean fresh) {
        cancelCurrent();
        int runGeneration = ++generation;
        queryNumber++;
        rows.clear();
        shownQuery.set(query);
        error.set(null);
        rowsLoaded.set(0);
        elapsed.set(Duration.ZERO);
        progress.set(INDETERMINATE);
        phase.set(RunProgress.Phase.STARTING.label());
        running.set(true);
        storedNames.set(null);
        note.set("");
        plan = fresh ? gateway.get().planFresh(query) : gateway.get().plan(query);
        resumable.set(false);
        submit(plan, runGeneration);
    }

    /**
     * Runs the rest of a split query after one of its chunks failed or the run was cancelled: the rows
     * received stay and the completed chunks are not asked again.
     */
    public void resume() {
        if (!resumable.get()) {
            return;
        }
        int runGeneration = ++generation;
        error.set(null);
        progress.set(INDETERMINATE);
        phase.set("Retrying where the query stopped");
        running.set(true);
        resumable.set(false);
        submit(plan, runGeneration);
    }

    /** True when the last run stopped early and {@link #resume()} can continue it. */
    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    private void submit(PlannedRun planned, int runGeneration) {
        int runQuery = queryNumber;
        // A run that was cancelled or superseded stops at its next page even before its handle is known.
        current = taskRunner.submit(context -> planned.run(listener(context, runGeneration, runQuery),
                () -> context.isCancelled() || runGeneration != generation),
            new TaskCallbacks<Long>(total -> finished(runGeneration),
                failure -> failed(runGeneration, failure), () -> cancelled(runGeneration)));
    }

    /** Stops the running query; the rows received so far stay. */
    public void cancel() {
        if (running.get()) {
            cancelCurrent();
            generation++;
            running.set(false);
            progress.set(0);
            resumable.set(plan != null && !plan.complete());
            phase.set("Cancelled after " + rowsLoaded.get() + " rows");
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the run is doing, in words for the status bar. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Share done from 0 to 1, or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Rows delivered so far, as the run counts them. */
    public ReadOnlyLongProperty rowsLoadedProperty() {
        return rowsLoaded.getReadOnlyProperty();
    }


    /**
     * The names of a result shown with {@link #show}, or null while the rows come from a run (the connection's
     * names then apply).
     */
    public ReadOnlyObjectProperty<DisplayNames> storedNamesProperty() {
        return storedNames.getReadOnlyProperty();
    }

    /** What the last finished run took from the history, e.g. "86 days from history, 4 days fetched"; or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The last run's failure, or null. */
    public ReadOnlyObjectProperty<QueryProblem> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The query whose rows are in the store. */
    public ReadOnlyObjectProperty<StatisticsQuery> shownQueryProperty() {
        return shownQuery.getReadOnlyProperty();
    }

    private AggregationListener listener(TaskContext context, int runGeneration, int runQuery) {
        return new AggregationListener() {
            @Override
            public void progress(RunProgress step) {
                context.onUi(() -> {
                    if (runGeneration == generation) {
                        showProgress(step);
                    }
                });
            }

            @Override
            public void page(RowPage page) {
                context.onUi(() -> {
                    if (runQuery == queryNumber) {
                        rows.add(page.rows());
                    }
                });
            }
        };
    }

    private void showProgress(RunProgress step) {
        elapsed.set(step.elapsed());
        rowsLoaded.set(step.rowsLoaded());
        if (step.chunk().shareKnown()) {
            progress.set(step.chunk().shareDone());
        }
        // A query split into several aggregations says which one runs: "Chunk 3 of 8: queues 11-20, March 2025 — ".
        String chunk = step.chunk().split() ? capitalized(step.chunk().label()) + " — " : "";
        switch (step.phase()) {
            case AGGREGATING:
                phase.set(chunk + "Aggregating… " + seconds(step.elapsed()));
                break;
            case LOADING:
                phase.set(chunk + "Loading page " + step.pagesLoaded() + " — " + step.rowsLoaded() + " rows so far");
                break;
            case DONE:
                break;
            default:
                phase.set(chunk + step.phase().label() + "… " + seconds(step.elapsed()));
                break;
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void finished(int runGeneration) {
        if (runGeneration != generation) {
            return;
        }
        rows.flush();
        running.set(false);
        progress.set(1);
        String from = plan == null ? "" : plan.note();
        note.set(from);
        phase.set("Done in " + seconds(elapsed.get()) + " — " + rowsLoaded.get() + " rows"
            + (from.isEmpty() ? "" : " — " + from));
    }

    private void failed(int runGeneration, Throwable failure) {
        if (runGeneration != generation) {
            return;
        }
        if (failure instanceof CancellationException) {
            cancelled(runGeneration);
            return;
        }
        QueryProblem problem = failure instanceof QueryProblem ? (QueryProblem) failure
            : new QueryProblem(QueryProblem.Kind.SERVICE_ERROR, "The query failed: " + failure.getMessage(),
                "Run it again; if it keeps failing, send the log file with a bug report.", failure.toString(),
                failure);
        LOG.warn("Query failed: {} ({})", problem.getMessage(), problem.details());
        running.set(false);
        progress.set(0);
        resumable.set(plan != null && !plan.complete());
        error.set(problem);
        phase.set("Failed: " + problem.getMessage());
    }

    private void cancelled(int runGeneration) {
        if (runGeneration == generation) {
            running.set(false);
            progress.set(0);
            phase.set("Cancelled after " + rowsLoaded.get() + " rows");
        }
    }

    private void cancelCurrent() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
