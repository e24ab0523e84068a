package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.Anomaly.Contributor;
import com.deadlinecost.model.insight.AnomalySettings;
import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.InsightService;
import com.deadlinecost.service.insight.InsightService.QueryWithHistory;
import com.deadlinecost.service.settings.ExpectedMarks;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskHandle;
import com.deadlinecost.ui.common.TaskRunner;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The investigation of a query: its anomalies, largest excess first, with actions (drill in, mark expected), and
 * its comparison with an earlier range for the "What changed" waterfall. The work runs through the task runner.
 */
public final class InsightViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(InsightViewModel.class);

    private final Supplier<DeadlineGateway> gateway;
    private final TaskRunner runner;
    private final ExpectedMarks marks;
    private final ObservableList<Anomaly> anomalies = FXCollections.observableArrayList();
    private final ObjectProperty<Anomaly> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatisticsQuery> drillRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChangeSummary> changes = new ReadOnlyObjectWrapper<>();
    private final WaterfallViewModel waterfall = new WaterfallViewModel();
    private final BooleanBinding canAct = selected.isNotNull().and(running.not());
    private StatisticsQuery query;
    private DisplayNames names = DisplayNames.empty();
    private TaskHandle handle;

    public InsightViewModel(Supplier<DeadlineGateway> gateway, TaskRunner runner, ExpectedMarks marks) {
        this.gateway = gateway;
        this.runner = runner;
        this.marks = marks;
    }

    /** What one investigation found. */
    private record Findings(List<Anomaly> anomalies, Optional<Comparison> comparison, DisplayNames names) {
    }

    /** Investigates {@code investigated}: anomalies always, the comparison when {@code with} is not null. */
    public void investigate(StatisticsQuery investigated, CompareWith with) {
        if (handle != null) {
            handle.cancel();
        }
        query = investigated;
        running.set(true);
        message.set("Looking for anomalies" + (with == null ? "" : " and comparing with "
            + with.label().toLowerCase(Locale.ROOT)) + "\u2026");
        handle = runner.submit(context -> {
            DeadlineGateway deadline = gateway.get();
            InsightService service = new InsightService(deadline, context::isCancelled);
            QueryWithHistory rows = service.fetchWithHistory(investigated, null);
            List<Anomaly> found = service.anomalies(investigated, rows, AnomalySettings.DEFAULTS, marks.keys());
            Optional<Comparison> comparison = with == null ? Optional.empty()
                : Optional.of(service.compare(investigated, rows.inRange(), with));
            return new Findings(found, comparison, deadline.displayNames(investigated.farmId()));
        }, new TaskCallbacks<>(this::show, this::fail, () -> running.set(false)));
    }

    private void show(Findings findings) {
        running.set(false);
        names = findings.names();
        anomalies.setAll(findings.anomalies());
        changes.set(findings.comparison().map(Comparison::changes).orElse(null));
        waterfall.show(changes.get(), names);
        message.set(findings.anomalies().isEmpty() ? "No anomalies in this range"
            : findings.anomalies().size() + (findings.anomalies().size() == 1 ? " anomaly" : " anomalies")
            + ", largest excess first");
    }

    private void fail(Throwable failure) {
        running.set(false);
        LOG.warn("Investigation failed", failure);
        message.set("The investigation failed: " + failure.getMessage());
    }

    /** Hides the selected anomaly from now on, remembered for its group and bucket. */
    public void markSelectedExpected() {
        Anomaly anomaly = selected.get();
        if (anomaly == null) {
            return;
        }
        anomalies.remove(anomaly);
        selected.set(null);
        try {
            marks.mark(anomaly.markKey());
            message.set("Marked expected; it stays hidden");
        } catch (IOException e) {
            LOG.warn("Cannot remember an expected anomaly", e);
            message.set("Hidden for now, but it could not be remembered: " + e.getMessage());
        }
    }

    /** Asks for the selected anomaly's query one level down (its bucket, by job or user). */
    public void drillIntoSelected() {
        Anomaly anomaly = selected.get();
        if (anomaly == null || query == null) {
            return;
        }
        Optional<InsightQueries.Drill> drill = InsightQueries.contributors(query, anomaly);
        if (drill.isEmpty()) {
            message.set("This anomaly cannot be split further: its group already uses two fields");
            return;
        }
        drillRequest.set(drill.get().query());
    }

    /** When an anomaly happened, in the query's offset. */
    public String when(Anomaly anomaly) {
        return Formats.time(anomaly.start(), query == null ? UtcOffset.UTC : query.offset());
    }

    /** The display name of a contributor. */
    public String contributorLabel(Contributor contributor) {
        return names.label(contributor.group());
    }

    /** The display name of an anomaly's group. */
    public String label(Anomaly anomaly) {
        return names.label(anomaly.group());
    }

    public ObservableList<Anomaly> anomalies() {
        return anomalies;
    }

    public ObjectProperty<Anomaly> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The query the explorer should run for "drill into it"; set by {@link #drillIntoSelected}. */
    public ReadOnlyObjectProperty<StatisticsQuery> drillRequestProperty() {
        return drillRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChangeSummary> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public WaterfallViewModel waterfall() {
        return waterfall;
    }

    /** Whether the actions apply: an anomaly is selected and nothing runs. */
    public BooleanBinding canAct() {
        return canAct;
    }

    /** How many anomalies are shown, for a tab title. */
    public IntegerBinding count() {
        return Bindings.size(anomalies);
    }
}
