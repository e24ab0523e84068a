package com.deadlinecost.model.budget;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an edit changes on the farm, in sentences for the confirmation, and the actions to add and remove that
 * UpdateBudget takes (the service identifies an action by its type and threshold).
 */
public final class BudgetChanges {
    private final List<String> sentences;
    private final List<BudgetAction> actionsToAdd;
    private final List<BudgetAction> actionsToRemove;

    private BudgetChanges(List<String> sentences, List<BudgetAction> add, List<BudgetAction> remove) {
        this.sentences = List.copyOf(sentences);
        this.actionsToAdd = List.copyOf(add);
        this.actionsToRemove = List.copyOf(remove);
    }

    /** The change from {@code before} (a budget on the farm) to {@code after} (the edited draft). */
    public static BudgetChanges between(Budget before, boolean activeBefore, BudgetDraft after) {
        List<String> sentences = new ArrayList<>();
        if (!before.displayName().equals(after.displayName())) {
            sentences.add("Name: \"" + before.displayName() + "\" becomes \"" + after.displayName() + "\".");
        }
        if (!before.description().equals(after.description())) {
            sentences.add("Description: \"" + after.description() + "\".");
        }
        if (after.limit() != null && Double.compare(before.limit(), after.limit()) != 0) {
            sentences.add("Limit: " + money(before.limit()) + " becomes " + money(after.limit()) + ".");
        }
        if (!Objects.equals(before.start(), after.start()) || !Objects.equals(before.end(), after.end())) {
            sentences.add("Window: " + window(before.start(), before.end()) + " becomes "
                + window(after.start(), after.end()) + ".");
        }
        if (activeBefore != after.active()) {
            sentences.add(after.active() ? "The budget is switched on (ACTIVE): its actions can stop the queue."
                : "The budget is switched off (INACTIVE): it stops nothing until switched on again.");
        }
        List<BudgetAction> remove = new ArrayList<>();
        for (BudgetAction action : before.actions()) {
            if (after.actions().stream().noneMatch(action::sameAs)) {
                remove.add(action);
                sentences.add("Remove the action: " + describe(action) + ".");
            }
        }
        List<BudgetAction> add = new ArrayList<>();
        for (BudgetAction action : after.actions()) {
            if (before.actions().stream().noneMatch(action::sameAs)) {
                add.add(action);
                sentences.add("Add the action: " + describe(action) + ".");
            }
        }
        return new BudgetChanges(sentences, add, remove);
    }

    /** The sentences of a new budget, for the confirmation of a create. */
    public static List<String> creation(BudgetDraft draft, String queueName) {
        List<String> sentences = new ArrayList<>();
        sentences.add("Create the budget \"" + draft.displayName() + "\" on the queue " + queueName + ".");
        sentences.add("Limit " + money(draft.limit() == null ? 0 : draft.limit()) + " over "
            + window(draft.start(), draft.end()) + ".");
        if (draft.actions().isEmpty()) {
            sentences.add("No actions: the budget only tracks spend and never stops the queue.");
        }
        draft.actions().forEach(action -> sentences.add("Action: " + describe(action) + "."));
        return sentences;
    }

    /** One action in words: "at 90 %: stop scheduling, let running tasks finish". */
    public static String describe(BudgetAction action) {
        return "at " + action.percentText() + ": " + action.type().label().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    public List<String> sentences() {
        return sentences;
    }

    public List<BudgetAction> actionsToAdd() {
        return actionsToAdd;
    }

    public List<BudgetAction> actionsToRemove() {
        return actionsToRemove;
    }

    private static String money(double dollars) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(dollars);
    }

    /** A window in UTC days: the end instant is exclusive, so the last day shown is the day before it. */
    private static String window(Instant start, Instant end) {
        if (start == null || end == null) {
            return "(no window)";
        }
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(end.minusSeconds(1), ZoneOffset.UTC);
        return first + " to " + last;
    }
}
