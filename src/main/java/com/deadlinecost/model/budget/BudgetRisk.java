package com.deadlinecost.model.budget;

import java.util.Comparator;

/**
 * The order of the Budgets view and the {@code budgets} command: budgets that stopped their queue first, then
 * active ones by projected share of the limit at the end of the window (highest first), then the inactive ones;
 * ties by name.
 */
public final class BudgetRisk {
    private BudgetRisk() {
    }

    public static Comparator<BudgetProjection> order() {
        return Comparator.comparingInt(BudgetRisk::tier)
            .thenComparing(Comparator.comparingDouble(BudgetProjection::projectedShare).reversed())
            .thenComparing(projection -> projection.budget().displayName(), String.CASE_INSENSITIVE_ORDER);
    }

    private static int tier(BudgetProjection projection) {
        Budget budget = projection.budget();
        if (budget.stopped()) {
            return 0;
        }
        return budget.active() ? 1 : 2;
    }
}
