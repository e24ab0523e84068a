package com.deadlinecost.ui.explorer;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.deadline.QueryLimits;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.service.views.QueryForms;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.connection.ConnectionViewModel;
import com.deadlinecost.ui.insight.InsightViewModel;
import com.deadlinecost.ui.insight.ProjectionText;
import com.deadlinecost.ui.query.QueryPanelViewModel;
import com.deadlinecost.ui.results.ResultsInsight;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The explorer screen: the connection, the query form and the running query, tied together. Run is
 * enabled only for a valid form on an open connection while nothing runs; the last query and connection
 * are remembered for the next start.
 */
public final class ExplorerViewModel {
    private final ConnectionViewModel connection;
    private final QueryPanelViewModel form;
    private final QueryRunViewModel run;
    private final ResultsViewModel results;
    private final ResultsChartViewModel chart;
    private final InsightViewModel insight;
    private final LiveSettings settings;
    private final Clock clock;
    private final BooleanBinding canRun;
    private final StringBinding statusText;
    private final ObjectProperty<Predicate<String>> confirmLargeQuery = new SimpleObjectProperty<>(question -> true);

    /**
     * @param parts the explorer's view models, built by the composition root, which chooses the task runner and when
     *     derived state is recomputed
     */
    public ExplorerViewModel(ExplorerParts parts, LiveSettings settings, Clock clock) {
        this.connection = parts.connection();
        this.form = parts.form();
        this.run = parts.run();
        this.results = parts.results();
        this.chart = parts.chart();
        this.insight = parts.insight();
        results.loadingProperty().bind(run.runningProperty());
        results.drillDown().onDrillQueryProperty().set(request -> show(request.suggestedQuery()));
        results.drillDown().onReturnProperty().set(this::show);
        chart.onQueryRangeProperty().set(this::prefill);
        investigateFinishedRuns();
        this.settings = settings;
        this.clock = clock;
        canRun = form.validProperty().and(run.runningProperty().not())
            .and(connection.gatewayProperty().isNotNull());
        statusText = Bindings.createStringBinding(
            () -> run.phaseProperty().get().isEmpty() ? connection.stateProperty().get() : run.phaseProperty().get()
                + (insight.runningProperty().get() ? " \u2014 " + insight.messageProperty().get() : ""),
            run.phaseProperty(), connection.stateProperty(), insight.runningProperty(), insight.messageProperty());
        connection.gatewayProperty().addListener((observable, before, after) -> form.useGateway(after));
        // A run that never reports "Done" (cancelled, failed, or the app was ended) is remembered as unfinished.
        run.runningProperty().addListener(observable -> rememberWhetherTheRunFinished());
        run.phaseProperty().addListener(observable -> rememberWhetherTheRunFinished());
        ShownView.applyStyle(settings.current().view(), chart, results);
        rememberHowResultsAreShown();
    }

    // A finished run is investigated: anomalies, the comparison the form asks for, the projection. A new run clears
    // what the last investigation found; cancelling the query cancels its investigation too.
    private void investigateFinishedRuns() {
        run.runningProperty().addListener((observable, was, now) -> {
            if (now) {
                insight.clear();
            }
        });
        run.phaseProperty().addListener((observable, was, now) -> {
            StatisticsQuery shown = run.shownQueryProperty().get();
            if (!run.runningProperty().get() && shown != null && run.errorProperty().get() == null
                && now.startsWith("Done")) {
                insight.investigate(shown, results.rows().all(), form.compareWithProperty().get());
            }
        });
        ResultsInsight shown = results.insight();
        shown.groupsProperty().bind(insight.groupInsightsProperty());
        ProjectionText.bind(insight.projectionProperty(), run.shownQueryProperty(), shown);
        shown.onOpenAnomaliesProperty().set(insight::openAnomaliesOf);
        // Time charts draw the earlier period faintly, the projection dashed with its band, and anomaly markers.
        chart.comparisonProperty().bind(insight.comparisonProperty());
        chart.projectionProperty().bind(insight.projectionProperty());
        Bindings.bindContent(chart.anomalies(), insight.anomalies());
        insight.onQueryProperty().set(request -> {
            // An anomaly's bucket is a range of its own: the form shows it as a custom range.
            form.fill(request, RangePreset.CUSTOM);
            remember(request);
            run.run(request);
        });
    }

    // The chart type, measure, top N and the table's layout are written to the settings as they change, so that
    // the next start shows results the same way.
    private void rememberHowResultsAreShown() {
        InvalidationListener remember = observable -> {
            ViewSettings shown = ShownView.capture(chart, results);
            if (!shown.equals(settings.current().view())) {
                settings.update(current -> current.withView(shown));
            }
        };
        List.<Observable>of(chart.chartTypeProperty(), chart.measureProperty(), chart.topNProperty(),
            results.sortColumnProperty(), results.sortDescendingProperty(), results.hiddenColumns(),
            results.columnWidths()).forEach(shown -> shown.addListener(remember));
    }

    private void rememberWhetherTheRunFinished() {
        boolean unfinished = run.runningProperty().get() || !run.phaseProperty().get().startsWith("Done");
        if (settings.current().lastRunUnfinished() != unfinished) {
            settings.update(current -> current.withLastRunUnfinished(unfinished));
        }
    }

    /** Whether the last run of the previous session did not finish; a view opened at start-up then waits. */
    public boolean lastRunUnfinished() {
        return settings.current().lastRunUnfinished();
    }

    /** Connects as last time (the demo studio on first start) and fills the form with the last query. */
    public void start() {
        connection.select(settings.current().connectionOrDemo());
        settings.current().lastQueryIfAny().flatMap(this::restorable)
            .ifPresent(restored -> {
                form.fill(restored.query(), restored.preset());
                form.compareWithProperty().set(restored.compareWith());
            });
        connection.connect();
    }

    // A last query this version cannot read is skipped: the form keeps its defaults.
    private Optional<QueryForms.Restored> restorable(SavedQuery saved) {
        try {
            return Optional.of(QueryForms.restore(saved, clock));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public QueryPanelViewModel form() {
        return form;
    }

    public QueryRunViewModel run() {
        return run;
    }

    public ResultsViewModel results() {
        return results;
    }

    public ResultsChartViewModel chart() {
        return chart;
    }

    /** The investigation of the shown query: anomalies, comparison, projection. */
    public InsightViewModel insight() {
        return insight;
    }

    /** The clock the explorer reads "now" from. */
    public Clock clock() {
        return clock;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** What the status bar says: the query's phase, or the connection's state before any query. */
    public StringBinding statusTextProperty() {
        return statusText;
    }

    /** Runs the form's query and remembers it; a query run by hand starts a new drill-down trail. */
    public void runQuery() {
        if (!canRun.get()) {
            return;
        }
        Optional<StatisticsQuery> query = form.query();
        if (query.isPresent() && QueryLimits.asksFirst(query.get())
                && !confirmLargeQuery.get().test(QueryLimits.question(query.get()))) {
            return;
        }
        query.ifPresent(chosen -> {
            results.drillDown().forgetOrigins();
            remember(chosen);
            run.run(chosen);
        });
    }

    /**
     * Asks the user whether to run a query above {@link QueryLimits#ASK_ABOVE_CELLS}: given the question, true
     * runs it. The window shows a dialog; the default runs everything.
     */
    public ObjectProperty<Predicate<String>> confirmLargeQueryProperty() {
        return confirmLargeQuery;
    }

    /**
     * On a first start (nothing remembered yet) runs the form's default query as soon as it can run, so a new
     * user sees a chart and a table without knowing where to start.
     */
    public void runOnFirstStart() {
        if (settings.current().lastQueryIfAny().isPresent()) {
            return;
        }
        if (canRun.get()) {
            runQuery();
            return;
        }
        canRun.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean before,
                                Boolean now) {
                if (now) {
                    observable.removeListener(this);
                    if (run.shownQueryProperty().get() == null) {
                        runQuery();
                    }
                }
            }
        });
    }

    // A follow-up of a drill-down, or the query it came from: shown in the form and run at once.
    private void show(StatisticsQuery query) {
        form.fill(query, form.presetProperty().get());
        remember(query);
        run.run(query);
    }

    private void remember(StatisticsQuery query) {
        settings.update(current -> current.withConnection(connection.target())
            .withLastQuery(QueryForms.save(query, form.presetProperty().get(), form.compareWithProperty().get())));
    }

    /** Stops the running query, or the comparison and anomaly search that follow it. */
    public void cancelQuery() {
        run.cancel();
        insight.cancel();
    }

    /**
     * Retries after a failure: signs in again when that was the problem, continues a split query from the
     * chunk that failed, or runs the query again.
     */
    public void retry() {
        QueryProblem problem = run.errorProperty().get();
        if (problem != null && problem.kind() == QueryProblem.Kind.SIGN_IN_REQUIRED) {
            connection.connect();
            return;
        }
        if (run.resumableProperty().get()) {
            run.resume();
            return;
        }
        runQuery();
    }

    /**
     * Shows a finished result at once, offline, e.g. one kept in the history: the form takes its query and the rows
     * and their names are shown as they were.
     */
    public void showResult(StatisticsQuery query, List<CostRow> rows, DisplayNames names, String status) {
        results.drillDown().forgetOrigins();
        form.fill(query, RangePreset.CUSTOM);
        run.show(query, rows, names, status);
    }

    /** Runs the shown query again, taking what the history holds of it and fetching the rest ("Refresh"). */
    public void refresh() {
        rerun(false);
    }

    /** Runs the shown query again, asking the service for all of it ("Refresh everything"). */
    public void refreshEverything() {
        rerun(true);
    }

    private void rerun(boolean fresh) {
        StatisticsQuery shown = run.shownQueryProperty().get();
        if (shown == null || run.runningProperty().get() || connection.gatewayProperty().get() == null) {
            return;
        }
        remember(shown);
        if (fresh) {
            run.runFresh(shown);
        } else {
            run.run(shown);
        }
    }

    /** Fills the form with a follow-up query, e.g. "this queue by user" from a drill-down; the user runs it. */
    public void prefill(StatisticsQuery next) {
        form.fill(next, form.presetProperty().get());
    }

    /** Closes the connection, for example as the window closes. */
    public void shutdown() {
        run.cancel();
        insight.cancel();
        connection.disconnect();
    }
}
