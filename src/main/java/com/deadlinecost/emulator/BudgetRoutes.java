package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.EmulatorRequest;
import com.deadlinecost.emulator.http.JsonBodies;
import com.deadlinecost.emulator.http.PageTokens;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateBudget, GetBudget, ListBudgets, UpdateBudget and DeleteBudget. A budget's usage, status and
 * {@code queueStoppedAt} are worked out from the sessions at the moment it is read (see {@link BudgetUsage}), and
 * {@link #queueState(StudioQueue)} lets the queue routes show a queue a budget has stopped as SCHEDULING_BLOCKED.
 */
final class BudgetRoutes {
    private static final Pattern PATH = Pattern.compile(ResourceRoutes.API + "/farms/([^/]+)/budgets(?:/([^/]+))?");
    private static final int LIST_DEFAULT = 100;

    /** A budget as read now: what is stored plus what follows from the sessions and the clock. */
    record BudgetReading(StoredBudget budget, double usage, String status, Instant queueStoppedAt) {
    }

    private final Studio studio;
    private final EmulatorConfig config;
    private final Clock clock;
    private final PageTokens tokens;
    private final BudgetStore store;
    private final BudgetUsage usage;

    BudgetRoutes(Studio studio, EmulatorConfig config, PageTokens tokens) {
        this.studio = studio;
        this.config = config;
        this.clock = config.clock();
        this.tokens = tokens;
        this.store = new BudgetStore(config.budgetsPerFarm());
        this.usage = new BudgetUsage(studio.sessions());
        if (config.demoBudgets()) {
            DemoBudgets.seed(studio, store, usage, clock.instant());
        }
    }

    /** The answer, or null when the request is not for a budget route. */
    ObjectNode handle(EmulatorRequest request) {
        Matcher match = PATH.matcher(request.path());
        if (!match.matches()) {
            return null;
        }
        String farmId = ResourceRoutes.ownedFarm(studio, config, match.group(1), "Managing the budgets of");
        String budgetId = match.group(2);
        String method = request.method();
        if (budgetId == null) {
            if (method.equals("POST")) {
                return create(farmId, request);
            }
            if (method.equals("GET")) {
                return list(farmId, request);
            }
        } else {
            ResourceRoutes.checkId("budgetId", "budget", budgetId);
            switch (method) {
                case "GET":
                    return BudgetJson.detail(read(store.get(farmId, budgetId)));
                case "PATCH":
                    BudgetRequestParser.checkClientToken(request.clientToken());
                    store.update(farmId, budgetId, BudgetRequestParser.update(request.body()), request.clientToken(),
                        request.body(), clock.instant());
                    return JsonBodies.object();
                case "DELETE":
                    store.delete(farmId, budgetId);
                    return JsonBodies.object();
                default:
                    break;
            }
        }
        throw ApiErrors.validation("UNKNOWN_OPERATION", method + " is not supported on " + request.path() + ".");
    }

    /** The queue as GetQueue and ListQueues show it: SCHEDULING_BLOCKED while one of its budgets stops it. */
    StudioQueue queueState(StudioQueue queue) {
        Instant now = clock.instant();
        boolean stopped = store.ofQueue(queue.queueId()).stream()
            .anyMatch(budget -> read(budget, now).queueStoppedAt() != null);
        return stopped ? new StudioQueue(queue.farmId(), queue.queueId(), queue.displayName(),
            BudgetJson.QUEUE_BLOCKED, queue.createdAt()) : queue;
    }

    private ObjectNode create(String farmId, EmulatorRequest request) {
        BudgetRequestParser.checkClientToken(request.clientToken());
        BudgetRequestParser.Create create = BudgetRequestParser.create(request.body());
        boolean queueOfFarm = studio.queues(farmId).stream()
            .anyMatch(queue -> queue.queueId().equals(create.queueId()));
        if (!queueOfFarm) {
            throw ApiErrors.notFound("queue", create.queueId());
        }
        String budgetId = store.create(farmId, create, request.clientToken(), request.body(), clock.instant());
        ObjectNode body = JsonBodies.object();
        body.put("budgetId", budgetId);
        return body;
    }

    private ObjectNode list(String farmId, EmulatorRequest request) {
        String status = request.queryValue("status");
        if (status != null && !status.equals(StoredBudget.ACTIVE) && !status.equals(StoredBudget.INACTIVE)) {
            throw ApiErrors.invalidField("status", "status must be ACTIVE or INACTIVE, not '" + status + "'.");
        }
        Instant now = clock.instant();
        List<StoredBudget> budgets = store.list(farmId).stream()
            .filter(budget -> status == null || budget.effectiveStatus(now).equals(status))
            .collect(Collectors.toList());
        PageTokens.Page<StoredBudget> page = tokens.page(budgets, "budgets:" + farmId + ":" + status,
            request.queryValue("nextToken"), request.maxResults(LIST_DEFAULT));
        ObjectNode body = JsonBodies.object();
        ArrayNode array = body.putArray("budgets");
        page.items().forEach(budget -> array.add(BudgetJson.summary(read(budget, now))));
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken());
        }
        return body;
    }

    private BudgetReading read(StoredBudget budget) {
        return read(budget, clock.instant());
    }

    private BudgetReading read(StoredBudget budget, Instant now) {
        double used = usage.dollars(budget.farmId(), budget.queueId(), budget.start(), budget.end(), now);
        String status = budget.effectiveStatus(now);
        double lowest = budget.lowestStopThreshold();
        Instant stoppedAt = null;
        if (status.equals(StoredBudget.ACTIVE) && lowest >= 0 && used >= budget.limit() * lowest / 100) {
            stoppedAt = usage.reached(budget.farmId(), budget.queueId(), budget.start(), budget.end(), now,
                budget.limit() * lowest / 100);
        }
        return new BudgetReading(budget, used, status, stoppedAt);
    }
}
