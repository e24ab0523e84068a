package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.JsonBodies;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks CreateBudget and UpdateBudget bodies member by member, as the service's model constrains them.
 * Every problem found is collected, so one ValidationException names every bad field in its {@code fieldList}.
 */
final class BudgetRequestParser {
    static final int MAX_ACTIONS = 10;
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 100;
    private static final double MIN_LIMIT = 0.01;
    private static final Set<String> ACTION_TYPES = Set.of(StoredBudget.STOP_AND_COMPLETE,
        StoredBudget.STOP_AND_CANCEL);
    private static final Set<String> STATUSES = Set.of(StoredBudget.ACTIVE, StoredBudget.INACTIVE);

    /** A checked CreateBudget body. */
    record Create(String displayName, String description, String queueId, double limit,
        List<StoredBudget.Action> actions, Instant start, Instant end) {
    }

    /** A checked UpdateBudget body: null members are left as they are. */
    record Update(String displayName, String description, String status, Double limit,
        List<StoredBudget.Action> actionsToAdd, List<StoredBudget.Action> actionsToRemove, Instant start,
        Instant end) {
    }

    private final Map<String, String> problems = new LinkedHashMap<>();

    private BudgetRequestParser() {
    }

    static Create create(byte[] body) {
        BudgetRequestParser parser = new BudgetRequestParser();
        JsonNode root = parse(body);
        String name = parser.text(root, "displayName", true, 1, MAX_NAME);
        String description = parser.text(root, "description", false, 0, MAX_DESCRIPTION);
        String queueId = parser.queueId(root.get("usageTrackingResource"));
        Double limit = parser.limit(root, true);
        List<StoredBudget.Action> actions = parser.actions(root.get("actions"), "actions", true, true);
        Instant[] window = parser.schedule(root.get("schedule"), true);
        parser.throwIfAny();
        return new Create(name, description, queueId, limit, actions, window[0], window[1]);
    }

    static Update update(byte[] body) {
        BudgetRequestParser parser = new BudgetRequestParser();
        JsonNode root = parse(body);
        String name = parser.text(root, "displayName", false, 1, MAX_NAME);
        String description = parser.text(root, "description", false, 0, MAX_DESCRIPTION);
        String status = parser.text(root, "status", false, 1, MAX_NAME);
        if (status != null && !STATUSES.contains(status)) {
            parser.problem("status", "status must be ACTIVE or INACTIVE, not '" + status + "'.");
        }
        Double limit = parser.limit(root, false);
        List<StoredBudget.Action> add = parser.actions(root.get("actionsToAdd"), "actionsToAdd", false, true);
        List<StoredBudget.Action> remove = parser.actions(root.get("actionsToRemove"), "actionsToRemove", false,
            false);
        Instant[] window = parser.schedule(root.get("schedule"), false);
        parser.throwIfAny();
        return new Update(name, description, status, limit, add, remove, window[0], window[1]);
    }

    /** The X-Amz-Client-Token header: absent, or 1 to 64 characters. */
    static void checkClientToken(String token) {
        if (token != null && (token.isEmpty() || token.length() > 64)) {
            throw ApiErrors.invalidField("clientToken", "clientToken must be 1 to 64 characters.");
        }
    }

    private static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? JsonBodies.object() : JsonBodies.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ApiErrors.validation("CANNOT_PARSE", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiErrors.validation("CANNOT_PARSE", "The request body must be a JSON object.");
        }
        return root;
    }

    private void problem(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiErrors.invalidFields(problems);
        }
    }

    private String text(JsonNode root, String field, boolean required, int min, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, field + " is required.");
            }
            return null;
        }
        if (!node.isString()) {
            problem(field, field + " must be a string.");
            return null;
        }
        String value = node.stringValue();
        if (value.length() < min || value.length() > max) {
            problem(field, field + " must be " + min + " to " + max + " characters long.");
            return null;
        }
        return value;
    }

    private String queueId(JsonNode node) {
        String field = "usageTrackingResource";
        if (node == null || node.isNull()) {
            problem(field, field + " is required.");
            return null;
        }
        if (!node.isObject() || node.size() != 1 || !node.has("queueId") || !node.get("queueId").isString()) {
            problem(field, field + " must hold exactly one member, queueId.");
            return null;
        }
        String queueId = node.get("queueId").stringValue();
        if (!queueId.matches("queue-[0-9a-f]{32}")) {
            problem(field + ".queueId", "queueId '" + queueId + "' does not match queue-[0-9a-f]{32}.");
            return null;
        }
        return queueId;
    }

    private Double limit(JsonNode root, boolean required) {
        String field = "approximateDollarLimit";
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, field + " is required.");
            }
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue()) || node.doubleValue() < MIN_LIMIT) {
            problem(field, field + " must be a number of at least 0.01 (dollars).");
            return null;
        }
        return node.doubleValue();
    }

    private List<StoredBudget.Action> actions(JsonNode node, String field, boolean required, boolean withDescription) {
        List<StoredBudget.Action> actions = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, field + " is required (it may be an empty list).");
            }
            return actions;
        }
        if (!node.isArray() || node.size() > MAX_ACTIONS) {
            problem(field, field + " must be a list of 0 to " + MAX_ACTIONS + " actions.");
            return actions;
        }
        for (int i = 0; i < node.size(); i++) {
            StoredBudget.Action action = action(node.get(i), field + "[" + i + "]", withDescription);
            if (action == null) {
                continue;
            }
            if (actions.stream().anyMatch(other -> other.sameAs(action.type(), action.thresholdPercentage()))) {
                problem(field, field + " holds the same type and threshold twice.");
            }
            actions.add(action);
        }
        return actions;
    }

    private StoredBudget.Action action(JsonNode node, String field, boolean withDescription) {
        if (node == null || !node.isObject()) {
            problem(field, field + " must be an object with type and thresholdPercentage.");
            return null;
        }
        JsonNode type = node.get("type");
        JsonNode threshold = node.get("thresholdPercentage");
        boolean ok = true;
        if (type == null || !type.isString() || !ACTION_TYPES.contains(type.stringValue())) {
            problem(field + ".type", field + ".type must be STOP_SCHEDULING_AND_COMPLETE_TASKS or "
                + "STOP_SCHEDULING_AND_CANCEL_TASKS.");
            ok = false;
        }
        if (threshold == null || !threshold.isNumber() || !(threshold.doubleValue() >= 0)
            || threshold.doubleValue() > 100) {
            problem(field + ".thresholdPercentage", field + ".thresholdPercentage must be a number from 0 to 100.");
            ok = false;
        }
        String description = withDescription ? text(node, "description", false, 0, MAX_DESCRIPTION) : null;
        return ok ? new StoredBudget.Action(type.stringValue(), threshold.doubleValue(), description) : null;
    }

    private Instant[] schedule(JsonNode node, boolean required) {
        Instant[] window = new Instant[2];
        String field = "schedule";
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, field + " is required.");
            }
            return window;
        }
        JsonNode fixed = node.get("fixed");
        if (!node.isObject() || node.size() != 1 || fixed == null || !fixed.isObject()) {
            problem(field, field + " must hold exactly one member, fixed, with startTime and endTime.");
            return window;
        }
        window[0] = timestamp(fixed, "schedule.fixed.startTime");
        window[1] = timestamp(fixed, "schedule.fixed.endTime");
        if (window[0] != null && window[1] != null && !window[0].isBefore(window[1])) {
            problem("schedule.fixed.endTime", "schedule.fixed.endTime must be after startTime.");
        }
        return window;
    }

    private Instant timestamp(JsonNode fixed, String field) {
        JsonNode node = fixed.get(field.substring(field.lastIndexOf('.') + 1));
        if (node != null && node.isNumber()) {
            // Epoch seconds, which the service accepts too.
            return Instant.ofEpochMilli(Math.round(node.doubleValue() * 1000));
        }
        if (node == null || !node.isString()) {
            problem(field, field + " is required, as an ISO-8601 timestamp.");
            return null;
        }
        try {
            return OffsetDateTime.parse(node.stringValue()).toInstant();
        } catch (DateTimeException e) {
            problem(field, field + " is not an ISO-8601 timestamp.");
            return null;
        }
    }
}
