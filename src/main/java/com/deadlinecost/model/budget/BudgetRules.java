package com.deadlinecost.model.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's constraints on a budget (CreateBudget and UpdateBudget), checked before anything is sent so the
 * user sees each problem next to its field. Pure functions.
 */
public final class BudgetRules {
    public static final String NAME = "displayName";
    public static final String DESCRIPTION = "description";
    public static final String QUEUE = "queue";
    public static final String LIMIT = "limit";
    public static final String SCHEDULE = "schedule";
    public static final String ACTIONS = "actions";
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 100;
    public static final int MAX_ACTIONS = 10;
    public static final double MIN_LIMIT = 0.01;

    private BudgetRules() {
    }

    /** Field key to a message that says what to do; empty when the draft can be sent. */
    public static Map<String, String> problems(BudgetDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.displayName().isEmpty() || draft.displayName().length() > MAX_NAME) {
            problems.put(NAME, "Give the budget a name of 1 to " + MAX_NAME + " characters.");
        }
        if (draft.description().length() > MAX_DESCRIPTION) {
            problems.put(DESCRIPTION, "Shorten the description to " + MAX_DESCRIPTION + " characters (now "
                + draft.description().length() + ").");
        }
        if (draft.queueId() == null || draft.queueId().isBlank()) {
            problems.put(QUEUE, "Choose the queue whose spend the budget limits.");
        }
        if (draft.limit() == null || !Double.isFinite(draft.limit())) {
            problems.put(LIMIT, "Enter the limit in dollars, e.g. 25000.");
        } else if (draft.limit() < MIN_LIMIT) {
            problems.put(LIMIT, "The limit must be at least $0.01.");
        }
        if (draft.start() == null || draft.end() == null) {
            problems.put(SCHEDULE, "Choose the first and the last day of the budget.");
        } else if (!draft.start().isBefore(draft.end())) {
            problems.put(SCHEDULE, "The budget must end after it starts.");
        }
        String actions = actionProblem(draft.actions());
        if (actions != null) {
            problems.put(ACTIONS, actions);
        }
        return problems;
    }

    private static String actionProblem(List<BudgetAction> actions) {
        if (actions.size() > MAX_ACTIONS) {
            return "A budget has at most " + MAX_ACTIONS + " actions; remove " + (actions.size() - MAX_ACTIONS) + ".";
        }
        for (int i = 0; i < actions.size(); i++) {
            BudgetAction action = actions.get(i);
            if (!(action.thresholdPercent() >= 0 && action.thresholdPercent() <= 100)) {
                return "Thresholds are percentages from 0 to 100.";
            }
            for (int j = 0; j < i; j++) {
                if (actions.get(j).sameAs(action)) {
                    return "The same action at the same threshold is listed twice.";
                }
            }
        }
        return null;
    }
}
