package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.Anomaly.Contributor;
import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.insight.GroupInsights;
import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.present.Formats;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.InsightService;
import com.deadlinecost.service.insight.ProjectionService;
import com.deadlinecost.service.insight.ProjectionSummary;
import com.deadlinecost.service.settings.ExpectedMarks;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
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
 * The investigation of a query: its anomalies (spend spikes against the four weeks before the range, runaway
 * sessions), largest excess first, with actions (drill in, query by job or user, mark expected); its comparison
 * with an earlier range, run as a second aggregation with the same grouping, for the table's change columns and the
 * "What changed" waterfall; and, for a range that reaches today, the projected month end. All of it runs through
 * the task runner; a new investigation or {@link #cancel()} drops what an earlier one would still report.
 */
public final class InsightViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(InsightViewModel.class);
    private static final String CANCELLED = "The comparison and the anomaly search were cancelled.";

    private final Supplier<DeadlineGateway> gateway;
    private final TaskRunner runner;
    private final ExpectedMarks marks;
    private final Clock clock;
    private final ObservableList<Anomaly> anomalies = FXCollections.observableArrayList();
    private final ObjectProperty<Anomaly> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatisticsQuery> drillRequest = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Consumer<StatisticsQuery>> onQuery = new SimpleObjectProperty<>(asked -> { });
    private final ReadOnlyObjectWrapper<ChangeSummary> changes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GroupInsights> groupInsights = new ReadOnlyObjectWrapper<>(
        GroupInsights.NONE);
    private final ReadOnlyObjectWrapper<ProjectionSummary> projection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper showAnomaliesRequests = new ReadOnlyLongWrapper();
    private final WaterfallViewModel waterfall = new WaterfallViewModel();
    private final ChangeHeadline headline = new ChangeHeadline();
    private final BooleanBinding canAct = selected.isNotNull();
    private StatisticsQuery query;
    private final Set<String> lookedUp = new HashSet<>();
    private DisplayNames names = DisplayNames.empty();
    private final InsightParts parts;

    public InsightViewModel(Supplier<DeadlineGateway> gateway, TaskRunner runner, ExpectedMarks marks, Clock clock) {
        this.gateway = gateway;
        this.runner = runner;
        this.marks = marks;
        this.clock = clock;
        this.parts = new InsightParts(gateway, runner, farmNames -> names = farmNames);
        selected.addListener((observable, before, now) -> findContributorsIfMissing(now));
    }

    /** Investigates {@code investigated}, running it again for its rows: anomalies always, a comparison when asked. */
    public void investigate(StatisticsQuery investigated, CompareWith with) {
        start(investigated, null, with);
    }

    /**
     * Investigates a query whose rows the explorer already has: only the history before the range, the earlier
     * range (when {@code with} is not null), the longest sessions and the projection are fetched.
     */
    public void investigate(StatisticsQuery investigated, List<CostRow> rows, CompareWith with) {
        start(investigated, List.copyOf(rows), with);
    }

    // Three parts run side by side, each a few aggregations: the comparison, the anomalies, the projection. Each
    // shows what it found as soon as it has it; one that fails says so in one line and the others go on.
    private void start(StatisticsQuery investigated, List<CostRow> rows, CompareWith with) {
        clear();
        int run = parts.begin(new InsightParts.Ending() {
            @Override
            public void finished(List<String> problems) {
                running.set(false);
                problem.set(String.join(" ", problems));
                message.set(countText());
                findContributorsIfMissing(selected.get());
            }

            @Override
            public void cancelled() {
                running.set(false);
                message.set(CANCELLED);
            }
        });
        query = investigated;
        running.set(true);
        message.set(with == null ? "Looking for anomalies\u2026" : "Comparing with the "
            + ChangeHeadline.earlierWords(with) + " and looking for anomalies\u2026");
        String farm = investigated.farmId();
        if (with != null) {
            parts.submit(run, farm, "The comparison with the " + ChangeHeadline.earlierWords(with),
                part -> part.insight().compare(investigated, rows == null ? part.insight().fetch(investigated, null)
                    : rows, with), this::showComparison);
        }
        parts.submit(run, farm, "The anomaly search", part -> {
            Investigation.anomalies(part.insight(), investigated, rows, marks.keys(),
                found -> part.onUi(() -> showAnomalies(found)), full -> part.onUi(() -> replace(full)));
            return Boolean.TRUE;
        }, done -> { });
        Instant now = clock.instant();
        parts.submit(run, farm, "The month-end projection", part -> new ProjectionService(part.insight()).project(
            investigated, now), found -> projection.set(found.orElse(null)));
    }

    private void showComparison(Comparison found) {
        comparison.set(found);
        showChanges(found);
    }

    private void showChanges(Comparison comparison) {
        changes.set(comparison.changes());
        groupInsights.set(new GroupInsights(comparison.with(), comparison.earlierQuery().range(),
            comparison.changes(), anomalies));
        waterfall.show(comparison.changes(), names);
        headline.show(comparison, query);
    }

    private void showAnomalies(List<Anomaly> found) {
        anomalies.setAll(found);
        publishAnomalies();
        message.set(countText() + " \u2014 finding what made them up\u2026");
    }

    private void publishAnomalies() {
        GroupInsights current = groupInsights.get();
        groupInsights.set(current == GroupInsights.NONE ? new GroupInsights(null, null, null, anomalies)
            : current.withAnomalies(anomalies));
    }

    // An anomaly with its contributors takes the place of the one without; the selection follows it.
    private void replace(Anomaly withContributors) {
        for (int i = 0; i < anomalies.size(); i++) {
            Anomaly shown = anomalies.get(i);
            if (shown.markKey().equals(withContributors.markKey())) {
                boolean wasSelected = shown.equals(selected.get());
                anomalies.set(i, withContributors);
                if (wasSelected) {
                    selected.set(withContributors);
                }
                publishAnomalies();
                return;
            }
        }
    }

    // Beyond the largest few, an anomaly's contributors are one aggregation fetched when the user selects it.
    private void findContributorsIfMissing(Anomaly anomaly) {
        if (anomaly == null || !anomaly.contributors().isEmpty() || running.get() || query == null
            || !lookedUp.add(anomaly.markKey())) {
            return;
        }
        int run = parts.generation();
        StatisticsQuery of = query;
        runner.submit(context -> anomaly.withContributors(new InsightService(gateway.get(), context::isCancelled)
            .contributors(of, anomaly)), TaskCallbacks.of(full -> {
                if (run == parts.generation()) {
                    replace(full);
                }
            }, failure -> LOG.warn("Cannot find what made up an anomaly", failure)));
    }

    private String countText() {
        return anomalies.isEmpty() ? "No anomalies in this range"
            : anomalies.size() + (anomalies.size() == 1 ? " anomaly" : " anomalies") + ", largest excess first";
    }

    /** Stops a running investigation; nothing it would still find is shown. */
    public void cancel() {
        if (parts.cancel()) {
            running.set(false);
            message.set(CANCELLED);
        }
    }

    /** Cancels what runs and forgets what was found, e.g. when another query starts. */
    public void clear() {
        cancel();
        anomalies.clear();
        selected.set(null);
        lookedUp.clear();
        changes.set(null);
        comparison.set(null);
        groupInsights.set(GroupInsights.NONE);
        projection.set(null);
        waterfall.show(null, names);
        headline.show(null, null);
        problem.set("");
        message.set("");
    }

    /**
     * Hides the selected anomaly from now on, remembered for its group and bucket: it leaves the list at once, and
     * the file is written in the background (atomically, by {@link ExpectedMarks}).
     */
    public void markSelectedExpected() {
        Anomaly anomaly = selected.get();
        if (anomaly == null) {
            return;
        }
        anomalies.remove(anomaly);
        selected.set(null);
        groupInsights.set(groupInsights.get().withAnomalies(anomalies));
        message.set("Remembering that it was expected\u2026");
        String key = anomaly.markKey();
        runner.submit(context -> {
            marks.mark(key);
            return key;
        }, TaskCallbacks.of(done -> message.set("Marked expected; it stays hidden from now on. " + countText()),
            failure -> {
                LOG.warn("Cannot remember an expected anomaly", failure);
                message.set("Hidden for now, but it could not be remembered: " + failure.getMessage());
            }));
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
        ask(drill.get().query());
    }

    private void ask(StatisticsQuery next) {
        drillRequest.set(next);
        onQuery.get().accept(next);
    }

    /** Asks for the selected anomaly's query grouped by {@code field} (job or user): its queue or fleet, its bucket. */
    public void queryBy(GroupField field) {
        Anomaly anomaly = selected.get();
        if (anomaly != null && query != null) {
            ask(InsightQueries.splitBy(query, anomaly, field));
        }
    }

    /** Selects the largest anomaly of a table line and asks for the anomaly pane to be shown. */
    public void openAnomaliesOf(GroupKey line) {
        List<Anomaly> of = groupInsights.get().anomaliesOf(line);
        if (!of.isEmpty()) {
            selected.set(of.get(0));
        }
        showAnomaliesRequests.set(showAnomaliesRequests.get() + 1);
    }

    /**
     * When an anomaly happened, in the query's offset: the bucket's start for a spike; for a runaway the months it ran
     * in (its sessions are read from monthly buckets).
     */
    public String when(Anomaly anomaly) {
        UtcOffset offset = query == null ? UtcOffset.UTC : query.offset();
        if (anomaly.kind() != Anomaly.Kind.RUNAWAY_SESSION) {
            return Formats.time(anomaly.start(), offset);
        }
        YearMonth first = YearMonth.from(anomaly.start().atOffset(offset.zoneOffset()));
        YearMonth last = YearMonth.from(anomaly.end().minusSeconds(1).atOffset(offset.zoneOffset()));
        return "during " + (first.equals(last) ? first.toString() : first + " \u2013 " + last);
    }

    /** The display name of a contributor. */
    public String contributorLabel(Contributor contributor) {
        return names.label(contributor.group());
    }

    /** What was seen of an anomaly and its top contributors one level down, with their costs, in one line. */
    public String contributorsText(Anomaly anomaly) {
        if (anomaly == null) {
            return "";
        }
        String seen = anomaly.detail().isEmpty() ? "" : capitalized(anomaly.detail()) + ". ";
        if (anomaly.contributors().isEmpty()) {
            return seen + "No contributors one level down yet.";
        }
        return seen + "Top contributors: " + anomaly.contributors().stream()
            .map(contributor -> contributorLabel(contributor) + " " + Formats.money(contributor.costUsd()))
            .collect(Collectors.joining(", "));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    /** What the investigation is doing or found, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong in one line with what to do; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The query the explorer should run for "drill into it" and "query by"; set by those actions. */
    public ReadOnlyObjectProperty<StatisticsQuery> drillRequestProperty() {
        return drillRequest.getReadOnlyProperty();
    }

    /** Runs a query the actions ask for (drill into it, query by job or user); the explorer runs it. */
    public ObjectProperty<Consumer<StatisticsQuery>> onQueryProperty() {
        return onQuery;
    }

    /** The comparison with the earlier range, its rows included, for the chart's faint earlier line; or null. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Every group's change, when compared; null otherwise. */
    public ReadOnlyObjectProperty<ChangeSummary> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Each group's change and anomalies, for the grouped table. */
    public ReadOnlyObjectProperty<GroupInsights> groupInsightsProperty() {
        return groupInsights.getReadOnlyProperty();
    }

    /** Where the month is heading; null when the range does not reach today or history is too short. */
    public ReadOnlyObjectProperty<ProjectionSummary> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    /** Counts the requests to bring the anomaly pane to the front. */
    public ReadOnlyLongProperty showAnomaliesRequestsProperty() {
        return showAnomaliesRequests.getReadOnlyProperty();
    }

    public WaterfallViewModel waterfall() {
        return waterfall;
    }

    /** The "What changed" headline: the two totals, the change and its runtime and rate effects. */
    public ChangeHeadline headline() {
        return headline;
    }

    /** Whether the actions apply: an anomaly is selected. */
    public BooleanBinding canAct() {
        return canAct;
    }

    /** How many anomalies are shown, for a tab title. */
    public IntegerBinding count() {
        return Bindings.size(anomalies);
    }
}
