package com.deadlinecost.emulator;

import com.deadlinecost.emulator.BudgetRoutes.BudgetReading;
import com.deadlinecost.emulator.http.JsonBodies;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Budget and BudgetSummary shapes with the member names of the Deadline Cloud API model. */
final class BudgetJson {
    static final String QUEUE_BLOCKED = "SCHEDULING_BLOCKED";

    private BudgetJson() {
    }

    /** BudgetSummary, as ListBudgets returns it. */
    static ObjectNode summary(BudgetReading reading) {
        StoredBudget budget = reading.budget();
        ObjectNode node = JsonBodies.object();
        node.put("budgetId", budget.budgetId());
        node.putObject("usageTrackingResource").put("queueId", budget.queueId());
        node.put("status", reading.status());
        node.put("displayName", budget.displayName());
        node.put("approximateDollarLimit", budget.limit());
        node.putObject("usages").put("approximateDollarUsage", reading.usage());
        node.put("createdBy", ResourceJson.CREATED_BY);
        node.put("createdAt", budget.createdAt().toString());
        if (budget.updatedAt() != null) {
            node.put("updatedBy", ResourceJson.CREATED_BY);
            node.put("updatedAt", budget.updatedAt().toString());
        }
        return node;
    }

    /** GetBudget's answer: the summary plus description, actions, schedule and queueStoppedAt. */
    static ObjectNode detail(BudgetReading reading) {
        StoredBudget budget = reading.budget();
        ObjectNode node = summary(reading);
        if (budget.description() != null) {
            node.put("description", budget.description());
        }
        ArrayNode actions = node.putArray("actions");
        for (StoredBudget.Action action : budget.actions()) {
            ObjectNode item = actions.addObject();
            item.put("type", action.type());
            item.put("thresholdPercentage", action.thresholdPercentage());
            if (action.description() != null) {
                item.put("description", action.description());
            }
        }
        ObjectNode fixed = node.putObject("schedule").putObject("fixed");
        fixed.put("startTime", budget.start().toString());
        fixed.put("endTime", budget.end().toString());
        if (reading.queueStoppedAt() != null) {
            node.put("queueStoppedAt", reading.queueStoppedAt().toString());
        }
        return node;
    }
}
