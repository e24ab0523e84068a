package com.deadlinecost.model.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A farm budget as Deadline Cloud reports it: a dollar limit on one queue over a fixed window, what has been used,
 * and the actions that stop the queue at thresholds.
 *
 * @param active whether the service reports it ACTIVE (switched on and inside its window)
 * @param queueStoppedAt when the budget stopped its queue, or null
 */
public record Budget(String budgetId, String farmId, String queueId, String displayName, String description,
                     double limit, double used, boolean active, Instant start, Instant end,
                     List<BudgetAction> actions, Instant queueStoppedAt) {

    public Budget {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        displayName = displayName == null || displayName.isBlank() ? budgetId : displayName;
        description = description == null ? "" : description;
        actions = actions == null ? List.of() : actions.stream()
            .sorted(Comparator.comparingDouble(BudgetAction::thresholdPercent)).toList();
    }

    /** Used as a share of the limit: 0.85 for 85 %. */
    public double usedShare() {
        return limit > 0 ? used / limit : 0;
    }

    public double remaining() {
        return limit - used;
    }

    public boolean stopped() {
        return queueStoppedAt != null;
    }

    /** Whether the window is over at {@code now}. */
    public boolean ended(Instant now) {
        return !now.isBefore(end);
    }

    /** Time left in the window at {@code now}, zero once it has ended. */
    public Duration timeLeft(Instant now) {
        return now.isBefore(end) ? Duration.between(now.isBefore(start) ? start : now, end) : Duration.ZERO;
    }

    /** The lowest threshold at which the queue stops, if any action stops it. */
    public Optional<BudgetAction> firstStop() {
        return actions.stream().findFirst();
    }
}
