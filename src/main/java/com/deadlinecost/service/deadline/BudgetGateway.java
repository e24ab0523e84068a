package com.deadlinecost.service.deadline;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetChanges;
import com.deadlinecost.model.budget.BudgetDraft;
import java.util.List;

/**
 * The farm budgets of one connection: ListBudgets, GetBudget, CreateBudget, UpdateBudget and DeleteBudget, plus
 * the daily spend of a budget's queue over its window. Calls block (run them off the UI thread) and fail with
 * {@link QueryProblem}s that say what to do (not an OWNER, the farm's quota of budgets reached...).
 */
public interface BudgetGateway {

    /** Every budget of the farm with its actions and {@code queueStoppedAt}, in the service's order. */
    List<Budget> budgets(String farmId);

    /** Creates the budget; {@code clientToken} makes a retried create happen once. Returns its id. */
    String create(String farmId, BudgetDraft draft, String clientToken);

    /** Applies the edit (fields that changed, actions added and removed) to the budget. */
    void update(String farmId, Budget budget, BudgetDraft draft, BudgetChanges changes, String clientToken);

    void delete(String farmId, String budgetId);

    /**
     * The spend of the budget's queue on each whole UTC day of its window up to {@code min(now, end)}, oldest
     * first, from the same sessions statistics the explorer reads. A last partial day is left out.
     */
    List<Double> dailySpend(Budget budget, java.time.Instant now);
}
