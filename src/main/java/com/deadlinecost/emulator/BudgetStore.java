package com.deadlinecost.emulator;

import com.deadlinecost.emulator.BudgetRequestParser.Create;
import com.deadlinecost.emulator.BudgetRequestParser.Update;
import com.deadlinecost.emulator.http.ApiErrors;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The budgets of every farm, in creation order, with the client tokens already answered so that a retried
 * CreateBudget or UpdateBudget is done once. Thread-safe: every method holds the store's lock.
 */
final class BudgetStore {
    /** Remembers what a client token was first used for. */
    private record TokenUse(String operation, byte[] body, String budgetId) {
    }

    private final int budgetsPerFarm;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredBudget> budgets = new LinkedHashMap<>();
    private final Map<String, TokenUse> tokens = new LinkedHashMap<>();

    BudgetStore(int budgetsPerFarm) {
        this.budgetsPerFarm = budgetsPerFarm;
    }

    /**
     * Creates the budget, or returns the budget an earlier CreateBudget with the same client token and body made.
     * The same token with another body is a ConflictException; past the per-farm limit, ServiceQuotaExceeded.
     */
    synchronized String create(String farmId, Create create, String clientToken, byte[] body, Instant now) {
        TokenUse earlier = earlierUse(farmId, "create", clientToken, body);
        if (earlier != null) {
            return earlier.budgetId();
        }
        long count = budgets.values().stream().filter(budget -> budget.farmId().equals(farmId)).count();
        if (count >= budgetsPerFarm) {
            throw ApiErrors.quotaExceeded("budget", "L-DEADLINE-BUDGETS", "Farm " + farmId + " already has "
                + count + " budgets, the most a farm may have (" + budgetsPerFarm + "). Delete a budget that has "
                + "ended, or ask AWS for a higher quota.");
        }
        String budgetId = "budget-" + HexFormat.of().formatHex(randomBytes());
        budgets.put(budgetId, new StoredBudget(budgetId, farmId, create.queueId(), create.displayName(),
            create.description(), create.limit(), create.actions(), create.start(), create.end(), StoredBudget.ACTIVE,
            now, null));
        remember(farmId, "create", clientToken, body, budgetId);
        return budgetId;
    }

    /** Adds a budget as it is, for the demo studio's stories. */
    synchronized String seed(String farmId, Create create, Instant createdAt) {
        String budgetId = "budget-" + HexFormat.of().formatHex(randomBytes());
        budgets.put(budgetId, new StoredBudget(budgetId, farmId, create.queueId(), create.displayName(),
            create.description(), create.limit(), create.actions(), create.start(), create.end(), StoredBudget.ACTIVE,
            createdAt, null));
        return budgetId;
    }

    synchronized StoredBudget get(String farmId, String budgetId) {
        StoredBudget budget = budgets.get(budgetId);
        if (budget == null || !budget.farmId().equals(farmId)) {
            throw ApiErrors.notFound("budget", budgetId);
        }
        return budget;
    }

    synchronized List<StoredBudget> list(String farmId) {
        return budgets.values().stream().filter(budget -> budget.farmId().equals(farmId))
            .collect(Collectors.toList());
    }

    /** Every budget that tracks the queue. */
    synchronized List<StoredBudget> ofQueue(String queueId) {
        return budgets.values().stream().filter(budget -> budget.queueId().equals(queueId))
            .collect(Collectors.toList());
    }

    synchronized void update(String farmId, String budgetId, Update update, String clientToken, byte[] body,
        Instant now) {
        StoredBudget budget = get(farmId, budgetId);
        if (earlierUse(farmId, "update:" + budgetId, clientToken, body) != null) {
            return;
        }
        List<StoredBudget.Action> actions = new ArrayList<>(budget.actions());
        for (StoredBudget.Action remove : update.actionsToRemove()) {
            boolean removed = actions.removeIf(action -> action.sameAs(remove.type(), remove.thresholdPercentage()));
            if (!removed) {
                throw ApiErrors.invalidField("actionsToRemove", "The budget has no " + remove.type() + " action at "
                    + remove.thresholdPercentage() + " %.");
            }
        }
        for (StoredBudget.Action add : update.actionsToAdd()) {
            if (actions.stream().anyMatch(action -> action.sameAs(add.type(), add.thresholdPercentage()))) {
                throw ApiErrors.invalidField("actionsToAdd", "The budget already has a " + add.type()
                    + " action at " + add.thresholdPercentage() + " %.");
            }
            actions.add(add);
        }
        if (actions.size() > BudgetRequestParser.MAX_ACTIONS) {
            throw ApiErrors.invalidField("actionsToAdd", "A budget has at most " + BudgetRequestParser.MAX_ACTIONS
                + " actions; this update would leave " + actions.size() + ".");
        }
        Instant start = update.start() != null ? update.start() : budget.start();
        Instant end = update.end() != null ? update.end() : budget.end();
        budgets.put(budgetId, new StoredBudget(budgetId, farmId, budget.queueId(),
            Objects.requireNonNullElse(update.displayName(), budget.displayName()),
            update.description() != null ? update.description() : budget.description(),
            update.limit() != null ? update.limit() : budget.limit(), actions, start, end,
            Objects.requireNonNullElse(update.status(), budget.status()), budget.createdAt(), now));
        remember(farmId, "update:" + budgetId, clientToken, body, budgetId);
    }

    synchronized void delete(String farmId, String budgetId) {
        get(farmId, budgetId);
        budgets.remove(budgetId);
    }

    private TokenUse earlierUse(String farmId, String operation, String clientToken, byte[] body) {
        if (clientToken == null) {
            return null;
        }
        TokenUse earlier = tokens.get(farmId + "/" + clientToken);
        if (earlier == null) {
            return null;
        }
        if (!earlier.operation().equals(operation) || !Arrays.equals(earlier.body(), body)) {
            throw ApiErrors.conflict("CONFLICT_EXCEPTION", "budget", earlier.budgetId(), "The client token "
                + clientToken + " was already used for a different request; send a new token for a new request.");
        }
        return earlier;
    }

    private void remember(String farmId, String operation, String clientToken, byte[] body, String budgetId) {
        if (clientToken != null) {
            tokens.put(farmId + "/" + clientToken, new TokenUse(operation, body.clone(), budgetId));
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
