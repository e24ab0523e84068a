package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BudgetActionType;
import com.deadlinecost.model.budget.BudgetChanges;
import com.deadlinecost.model.budget.BudgetDraft;
import com.deadlinecost.model.budget.BudgetRules;
import com.deadlinecost.service.deadline.NamedResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create and edit form of a budget. Every field is checked with the service's own rules as it is typed
 * ({@link BudgetRules}), each problem is exposed for the field it belongs to, and {@link #changes()} says what
 * saving will change on the farm. Nothing is sent from here: {@link BudgetsViewModel#save} does that once the user
 * has confirmed.
 */
public final class BudgetEditorViewModel {
    private final Budget existing;
    private final boolean activeBefore;
    private final ObservableList<NamedResource> queues;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty limitText = new SimpleStringProperty("");
    private final ObjectProperty<NamedResource> queue = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<BudgetAction> actions = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyStringWrapper> problems = new HashMap<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private final String clientToken = UUID.randomUUID().toString();

    /** A new budget on one of {@code queues}, from today for thirty days, stopping (tasks finish) at 100 %. */
    static BudgetEditorViewModel create(List<NamedResource> queues, LocalDate today) {
        BudgetEditorViewModel editor = new BudgetEditorViewModel(null, true, queues);
        editor.firstDay.set(today);
        editor.lastDay.set(today.plusDays(29));
        editor.actions.add(new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS, 100, ""));
        return editor;
    }

    /** The form filled from a budget on the farm. */
    static BudgetEditorViewModel edit(Budget budget, List<NamedResource> queues) {
        BudgetEditorViewModel editor = new BudgetEditorViewModel(budget, budget.active(), queues);
        editor.name.set(budget.displayName());
        editor.description.set(budget.description());
        editor.limitText.set(plain(budget.limit()));
        editor.queue.set(queues.stream().filter(each -> each.id().equals(budget.queueId())).findFirst()
            .orElse(new NamedResource(budget.queueId(), budget.queueId(), "")));
        editor.firstDay.set(LocalDate.ofInstant(budget.start(), ZoneOffset.UTC));
        editor.lastDay.set(LocalDate.ofInstant(budget.end().minusSeconds(1), ZoneOffset.UTC));
        editor.active.set(budget.active());
        editor.actions.setAll(budget.actions());
        return editor;
    }

    private BudgetEditorViewModel(Budget existing, boolean activeBefore, List<NamedResource> queues) {
        this.existing = existing;
        this.activeBefore = activeBefore;
        this.queues = FXCollections.observableArrayList(queues);
        for (String field : List.of(BudgetRules.NAME, BudgetRules.DESCRIPTION, BudgetRules.QUEUE, BudgetRules.LIMIT,
            BudgetRules.SCHEDULE, BudgetRules.ACTIONS)) {
            problems.put(field, new ReadOnlyStringWrapper(""));
        }
        Observable[] inputs = {name, description, limitText, queue, firstDay, lastDay, active, actions};
        for (Observable input : inputs) {
            input.addListener(observable -> check());
        }
        valid = Bindings.createBooleanBinding(() -> problems.values().stream()
            .allMatch(problem -> problem.get().isEmpty()), problems.values().toArray(new Observable[0]));
        check();
    }

    private void check() {
        Map<String, String> found = BudgetRules.problems(draft());
        problems.forEach((field, problem) -> problem.set(found.getOrDefault(field, "")));
        error.set("");
    }

    /** The form as a draft; unreadable entries are null in it. */
    public BudgetDraft draft() {
        Instant start = firstDay.get() == null ? null : firstDay.get().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = lastDay.get() == null ? null : lastDay.get().plusDays(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
        return new BudgetDraft(name.get(), description.get(), queue.get() == null ? null : queue.get().id(),
            parseDollars(limitText.get()), start, end, actions, active.get());
    }

    /** What saving changes on the farm, in sentences; empty when an edit changes nothing. */
    public List<String> changes() {
        if (existing == null) {
            return BudgetChanges.creation(draft(), queue.get() == null ? "?" : queue.get().displayName());
        }
        return BudgetChanges.between(existing, activeBefore, draft()).sentences();
    }

    BudgetChanges budgetChanges() {
        return BudgetChanges.between(existing, activeBefore, draft());
    }

    /** Dollars as people type them: "25000", "25,000", "$25,000.50"; null when it is not a number. */
    static Double parseDollars(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replace("$", "").replace(",", "").replace(" ", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(double dollars) {
        return dollars == Math.rint(dollars) ? String.valueOf((long) dollars) : String.valueOf(dollars);
    }

    public boolean isNew() {
        return existing == null;
    }

    Budget existing() {
        return existing;
    }

    String clientToken() {
        return clientToken;
    }

    /** The words on the button that sends it: it says that it changes the farm. */
    public String saveLabel() {
        return isNew() ? "Create budget on the farm" : "Save changes to the farm";
    }

    public String title() {
        return isNew() ? "New budget" : "Edit budget \"" + existing.displayName() + "\"";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty limitTextProperty() {
        return limitText;
    }

    public ObjectProperty<NamedResource> queueProperty() {
        return queue;
    }

    public ObservableList<NamedResource> queues() {
        return queues;
    }

    /** Whether the queue can be chosen: a budget's queue is fixed once it exists. */
    public boolean queueEditable() {
        return isNew();
    }

    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<BudgetAction> actions() {
        return actions;
    }

    /** The problem of one field ({@link BudgetRules#NAME}...), empty when there is none. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The service's answer when saving failed, explained; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void failed(String explanation) {
        error.set(explanation);
    }
}
