package com.deadlinecost.ui.explorer;

import com.deadlinecost.model.GroupField;
import com.deadlinecost.model.ResourceKind;
import com.deadlinecost.model.ResourceSelection;
import com.deadlinecost.model.StatisticsQuery;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.ui.connection.ConnectionViewModel;
import com.deadlinecost.ui.query.QueryPanelViewModel;
import com.deadlinecost.ui.query.SavedQueries;
import com.deadlinecost.ui.query.TimeRangePreset;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * The explorer screen: the connection, the query form and the running query, tied together. Run is
 * enabled only for a valid form on an open connection while nothing runs; the last query and connection
 * are remembered for the next start.
 */
public final class ExplorerViewModel {
    private final ConnectionViewModel connection;
    private final QueryPanelViewModel form;
    private final QueryRunViewModel run;
    private final LiveSettings settings;
    private final Clock clock;
    private final BooleanBinding canRun;
    private final StringBinding statusText;

    public ExplorerViewModel(ConnectionViewModel connection, QueryPanelViewModel form, QueryRunViewModel run,
                             LiveSettings settings, Clock clock) {
        this.connection = connection;
        this.form = form;
        this.run = run;
        this.settings = settings;
        this.clock = clock;
        canRun = form.validProperty().and(run.runningProperty().not())
            .and(connection.gatewayProperty().isNotNull());
        statusText = Bindings.createStringBinding(
            () -> run.phaseProperty().get().isEmpty() ? connection.stateProperty().get() : run.phaseProperty().get(),
            run.phaseProperty(), connection.stateProperty());
        connection.gatewayProperty().addListener((observable, before, after) -> form.useGateway(after));
    }

    /** Connects as last time (the demo studio on first start) and fills the form with the last query. */
    public void start() {
        connection.select(settings.current().connectionOrDemo());
        settings.current().lastQueryIfAny().flatMap(saved -> SavedQueries.restore(saved, clock))
            .ifPresent(restored -> form.fill(restored.query(), restored.preset()));
        connection.connect();
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

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** What the status bar says: the query's phase, or the connection's state before any query. */
    public StringBinding statusTextProperty() {
        return statusText;
    }

    /** Runs the form's query and remembers it. */
    public void runQuery() {
        if (!canRun.get()) {
            return;
        }
        Optional<StatisticsQuery> query = form.query();
        query.ifPresent(chosen -> {
            settings.update(current -> current.withConnection(connection.target())
                .withLastQuery(SavedQueries.save(chosen, form.presetProperty().get())));
            run.run(chosen);
        });
    }

    public void cancelQuery() {
        run.cancel();
    }

    /** Runs the last query again, for example after signing in again. */
    public void retry() {
        QueryProblem problem = run.errorProperty().get();
        if (problem != null && problem.kind() == QueryProblem.Kind.SIGN_IN_REQUIRED) {
            connection.connect();
            return;
        }
        runQuery();
    }

    /**
     * Pre-fills the form to look inside one group by another field ("this queue by user"). The API filters
     * only by queue or fleet, so other groups are kept as the first grouping and found in the results.
     */
    public void prefillDrill(GroupField field, String value, GroupField nextGroupBy) {
        StatisticsQuery shown = run.shownQueryProperty().get();
        if (shown == null || field == nextGroupBy) {
            return;
        }
        ResourceSelection resources = shown.resources();
        if (field == GroupField.QUEUE_ID) {
            resources = new ResourceSelection(ResourceKind.QUEUE, List.of(value));
        } else if (field == GroupField.FLEET_ID) {
            resources = new ResourceSelection(ResourceKind.FLEET, List.of(value));
        }
        StatisticsQuery next = new StatisticsQuery(shown.farmId(), resources, shown.range(), shown.offset(),
            shown.period(), List.of(field, nextGroupBy), shown.statistics());
        form.fill(next, form.presetProperty().get() == TimeRangePreset.CUSTOM ? TimeRangePreset.CUSTOM
            : form.presetProperty().get());
    }

    /** Closes the connection, for example as the window closes. */
    public void shutdown() {
        run.cancel();
        connection.disconnect();
    }
}
