package com.deadlinecost.model.budget;

import java.util.Objects;

/**
 * An action of a budget: what happens when its usage reaches {@code thresholdPercent} of the limit.
 *
 * @param description may be empty, never null
 */
public record BudgetAction(BudgetActionType type, double thresholdPercent, String description) {
    public BudgetAction {
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    /** The threshold as people write it: "90 %", "92.5 %". */
    public String percentText() {
        return (thresholdPercent == Math.rint(thresholdPercent) ? String.valueOf((long) thresholdPercent)
            : String.valueOf(thresholdPercent)) + " %";
    }

    /** Whether both are the same action as the service identifies one: type and threshold. */
    public boolean sameAs(BudgetAction other) {
        return type == other.type && Double.compare(thresholdPercent, other.thresholdPercent) == 0;
    }
}
