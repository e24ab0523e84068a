package com.deadlinecost.model.budget;

import java.time.Instant;
import java.util.List;

/**
 * A budget as the user is editing it, before it is sent. Members the user left empty or typed wrongly are null;
 * {@link BudgetRules#problems} says what is wrong with each.
 *
 * @param limit dollars, or null when not a number
 * @param active whether the budget should be ACTIVE (INACTIVE switches it off without deleting it)
 */
public record BudgetDraft(String displayName, String description, String queueId, Double limit, Instant start,
                          Instant end, List<BudgetAction> actions, boolean active) {

    public BudgetDraft {
        displayName = displayName == null ? "" : displayName.strip();
        description = description == null ? "" : description.strip();
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** The draft of an existing budget, to edit it. */
    public static BudgetDraft of(Budget budget, boolean active) {
        return new BudgetDraft(budget.displayName(), budget.description(), budget.queueId(), budget.limit(),
            budget.start(), budget.end(), budget.actions(), active);
    }
}
