package com.deadlinecost.emulator;

import java.time.Instant;
import java.util.List;

/**
 * A budget as the emulator keeps it: what CreateBudget and UpdateBudget set. Usage, the effective status and
 * {@code queueStoppedAt} are not stored; they follow from the sessions and the clock whenever the budget is read.
 *
 * @param status the status set by the caller (ACTIVE or INACTIVE); outside its window a budget reads INACTIVE
 */
record StoredBudget(String budgetId, String farmId, String queueId, String displayName, String description,
    double limit, List<Action> actions, Instant start, Instant end, String status, Instant createdAt,
    Instant updatedAt) {

    static final String ACTIVE = "ACTIVE";
    static final String INACTIVE = "INACTIVE";
    static final String STOP_AND_COMPLETE = "STOP_SCHEDULING_AND_COMPLETE_TASKS";
    static final String STOP_AND_CANCEL = "STOP_SCHEDULING_AND_CANCEL_TASKS";

    StoredBudget {
        actions = List.copyOf(actions);
    }

    /** A threshold action; both action types stop the queue from scheduling. */
    record Action(String type, double thresholdPercentage, String description) {
        boolean sameAs(String otherType, double otherThreshold) {
            return type.equals(otherType) && Double.compare(thresholdPercentage, otherThreshold) == 0;
        }
    }

    /** ACTIVE while switched on and inside its window, otherwise INACTIVE. */
    String effectiveStatus(Instant now) {
        boolean inWindow = !now.isBefore(start) && now.isBefore(end);
        return ACTIVE.equals(status) && inWindow ? ACTIVE : INACTIVE;
    }

    /** The lowest threshold of its stop actions, or -1 without any. */
    double lowestStopThreshold() {
        return actions.stream().mapToDouble(Action::thresholdPercentage).min().orElse(-1);
    }
}
