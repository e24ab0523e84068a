package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetProjection;
import com.deadlinecost.model.budget.BudgetProjector;
import com.deadlinecost.model.budget.BudgetRisk;
import com.deadlinecost.model.budget.BurnUp;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.export.BudgetLine;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Budgets view: every budget of the explorer's farm, most at risk first, the burn-up of the selected one with
 * its forecast, and create, edit and delete behind a confirmation. Loads on the task runner; a late answer for a
 * farm or connection no longer shown is dropped (generation numbers).
 */
public final class BudgetsViewModel {
    private final ObservableValue<DeadlineGateway> gateway;
    private final ObservableValue<NamedResource> farm;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<StatisticsQuery> openInExplorer;
    private final ObservableList<BudgetLine> rows = FXCollections.observableArrayList();
    private final ObservableList<NamedResource> queues = FXCollections.observableArrayList();
    private final ObjectProperty<BudgetLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BurnUp> burnUp = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper forecast = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<QueryProblem> problem = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canChangeSelected;
    private final BooleanBinding canCreate;
    private long generation;
    private long burnUpGeneration;

    /**
     * @param gateway the explorer's connection
     * @param farm the explorer's farm: the view shows its budgets
     * @param openInExplorer fills the explorer with a query and runs it
     */
    public BudgetsViewModel(ObservableValue<DeadlineGateway> gateway, ObservableValue<NamedResource> farm,
                            TaskRunner runner, Clock clock, Consumer<StatisticsQuery> openInExplorer) {
        this.gateway = gateway;
        this.farm = farm;
        this.runner = runner;
        this.clock = clock;
        this.openInExplorer = openInExplorer;
        canChangeSelected = selected.isNotNull().and(busy.not());
        canCreate = Bindings.createBooleanBinding(() -> gateway.getValue() != null && farm.getValue() != null
            && !busy.get(), gateway, farm, busy);
        selected.addListener((observable, before, after) -> loadBurnUp(after));
        gateway.addListener(observable -> refresh());
        farm.addListener(observable -> refresh());
    }

    /** Reads the farm's budgets and queues again. */
    public void refresh() {
        long run = ++generation;
        DeadlineGateway connection = gateway.getValue();
        NamedResource chosen = farm.getValue();
        rows.clear();
        selected.set(null);
        problem.set(null);
        if (connection == null || chosen == null) {
            status.set("Choose a connection and a farm in the explorer to see its budgets.");
            return;
        }
        busy.set(true);
        status.set("Reading the budgets of " + chosen.displayName() + "...");
        Instant now = clock.instant();
        runner.submit(context -> {
            List<Budget> budgets = connection.budgets().budgets(chosen.id());
            List<NamedResource> farmQueues = connection.queues(chosen.id());
            return new Loaded(budgets, farmQueues);
        }, TaskCallbacks.of(loaded -> {
            if (run != generation) {
                return;
            }
            busy.set(false);
            Map<String, String> names = loaded.queues().stream()
                .collect(Collectors.toMap(NamedResource::id, NamedResource::displayName, (a, b) -> a));
            List<BudgetLine> lines = new ArrayList<>();
            for (Budget budget : loaded.budgets()) {
                lines.add(new BudgetLine(chosen.displayName(), names.getOrDefault(budget.queueId(), budget.queueId()),
                    BudgetProjector.project(budget, now)));
            }
            lines.sort(Comparator.comparing(BudgetLine::projection, BudgetRisk.order()));
            queues.setAll(loaded.queues());
            rows.setAll(lines);
            status.set(summary(lines));
            if (!lines.isEmpty()) {
                selected.set(lines.get(0));
            }
        }, failure -> {
            if (run == generation) {
                busy.set(false);
                fail(failure);
            }
        }));
    }

    private record Loaded(List<Budget> budgets, List<NamedResource> queues) {
    }

    private static String summary(List<BudgetLine> lines) {
        if (lines.isEmpty()) {
            return "This farm has no budgets. New budget... sets a limit on a queue.";
        }
        long stopped = lines.stream().filter(line -> line.budget().stopped()).count();
        long heading = lines.stream().filter(line -> !line.budget().stopped() && line.budget().active()
            && line.projection().projectedShare() >= 1).count();
        return lines.size() + " budgets: " + stopped + " stopped a queue, " + heading
            + " heading past the limit at the current pace.";
    }

    /** The daily spend of the selected budget, then its banded projection and burn-up. */
    private void loadBurnUp(BudgetLine line) {
        long run = ++burnUpGeneration;
        burnUp.set(null);
        forecast.set(line == null ? "" : BudgetForecastText.of(line.projection()));
        DeadlineGateway connection = gateway.getValue();
        if (line == null || connection == null) {
            return;
        }
        Instant now = line.projection().now();
        runner.submit(context -> connection.budgets().dailySpend(line.budget(), now), TaskCallbacks.of(days -> {
            if (run != burnUpGeneration) {
                return;
            }
            BudgetProjection banded = BudgetProjector.project(line.budget(), now, days);
            burnUp.set(BurnUp.of(banded, days));
            forecast.set(BudgetForecastText.of(banded));
        }, failure -> {
            if (run == burnUpGeneration) {
                BudgetProjection plain = line.projection();
                burnUp.set(BurnUp.of(plain, List.of()));
                forecast.set(BudgetForecastText.of(plain) + " (No daily spend, so no band: "
                    + failure.getMessage() + ")");
            }
        }));
    }

    /** Opens the explorer on the selected budget's queue and window, grouped by user. */
    public void openSelectedInExplorer() {
        BudgetLine line = selected.get();
        if (line == null) {
            return;
        }
        Budget budget = line.budget();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant end = budget.end().isBefore(now) ? budget.end() : now;
        Instant start = budget.start().isBefore(end) ? budget.start() : end.minus(1, ChronoUnit.DAYS);
        openInExplorer.accept(new StatisticsQuery(budget.farmId(),
            new ResourceSelection(ResourceKind.QUEUE, List.of(budget.queueId())), new TimeRange(start, end),
            UtcOffset.UTC, Period.DAILY, List.of(GroupField.USER_ID), EnumSet.of(Statistic.SUM)));
    }

    /** A form for a new budget on this farm. */
    public BudgetEditorViewModel newBudget() {
        return BudgetEditorViewModel.create(queues, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** A form to edit the selected budget. */
    public BudgetEditorViewModel editSelected() {
        return BudgetEditorViewModel.edit(selected.get().budget(), queues);
    }

    /**
     * Sends the editor's budget to the farm: the user has seen {@link BudgetEditorViewModel#changes()} and pressed
     * the button that says it changes the farm. On success the list is read again and {@code done} runs; on failure
     * the editor shows what happened and what to do.
     */
    public void save(BudgetEditorViewModel editor, Runnable done) {
        DeadlineGateway connection = gateway.getValue();
        NamedResource chosen = farm.getValue();
        if (connection == null || chosen == null || !editor.validProperty().get()) {
            return;
        }
        busy.set(true);
        runner.submit(context -> {
            if (editor.isNew()) {
                connection.budgets().create(chosen.id(), editor.draft(), editor.clientToken());
            } else {
                connection.budgets().update(chosen.id(), editor.existing(), editor.draft(), editor.budgetChanges(),
                    editor.clientToken());
            }
            return editor.draft().displayName();
        }, TaskCallbacks.of(name -> {
            busy.set(false);
            done.run();
            refresh();
            status.set((editor.isNew() ? "Created " : "Saved ") + "the budget \"" + name + "\".");
        }, failure -> {
            busy.set(false);
            editor.failed(explain(failure));
        }));
    }

    /** What deleting the selected budget does on the farm, for the confirmation. */
    public List<String> deleteConsequences() {
        BudgetLine line = selected.get();
        if (line == null) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("Delete the budget \"" + line.budget().displayName() + "\" of the queue " + line.queueName()
            + " from the farm.");
        sentences.add("Its limit and actions stop applying: nothing will stop the queue for this budget.");
        if (line.budget().stopped()) {
            sentences.add("The queue was stopped by this budget; unless another budget stops it, it can schedule "
                + "again.");
        }
        sentences.add("This cannot be undone.");
        return sentences;
    }

    /** Deletes the selected budget; only after the user confirmed {@link #deleteConsequences()}. */
    public void deleteSelected() {
        BudgetLine line = selected.get();
        DeadlineGateway connection = gateway.getValue();
        if (line == null || connection == null) {
            return;
        }
        busy.set(true);
        runner.submit(context -> {
            connection.budgets().delete(line.budget().farmId(), line.budget().budgetId());
            return line.budget().displayName();
        }, TaskCallbacks.of(name -> {
            busy.set(false);
            refresh();
            status.set("Deleted the budget \"" + name + "\".");
        }, failure -> {
            busy.set(false);
            fail(failure);
        }));
    }

    private void fail(Throwable failure) {
        QueryProblem known = failure instanceof QueryProblem ? (QueryProblem) failure
            : new QueryProblem(QueryProblem.Kind.SERVICE_ERROR, "The budgets could not be read: "
                + failure.getMessage(), "Try again with Refresh.", failure.toString(), failure);
        problem.set(known);
        status.set(known.getMessage());
    }

    private static String explain(Throwable failure) {
        if (failure instanceof QueryProblem) {
            QueryProblem known = (QueryProblem) failure;
            return known.getMessage() + (known.advice().isEmpty() ? "" : " " + known.advice());
        }
        return "The budget was not saved: " + failure.getMessage();
    }

    public ObservableList<BudgetLine> rows() {
        return rows;
    }

    public ObjectProperty<BudgetLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<BurnUp> burnUpProperty() {
        return burnUp.getReadOnlyProperty();
    }

    /** The selected budget's forecast in sentences: when the queue stops, each threshold's date. */
    public ReadOnlyStringProperty forecastProperty() {
        return forecast.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueryProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Edit, delete and "open in explorer": a budget is selected and nothing is being sent. */
    public BooleanBinding canChangeSelectedProperty() {
        return canChangeSelected;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
