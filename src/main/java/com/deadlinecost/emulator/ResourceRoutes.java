package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.EmulatorRequest;
import com.deadlinecost.emulator.http.JsonBodies;
import com.deadlinecost.emulator.http.PageTokens;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.emulator.studio.StudioFleet;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ListFarms, GetFarm, ListQueues, GetQueue, ListFleets, GetFleet, ListFarmMembers and ListQueueMembers. */
final class ResourceRoutes {
    static final String API = "/2023-10-12";
    private static final Pattern PATH = Pattern.compile(
        API + "/farms(?:/([^/]+)(?:/(queues|fleets|members)(?:/([^/]+)(?:/(members))?)?)?)?");
    private static final int LIST_DEFAULT = 100;

    private final Studio studio;
    private final PageTokens tokens;
    private final UnaryOperator<StudioQueue> queueState;

    /** {@code queueState} gives a queue its status now (a budget may have stopped it). */
    ResourceRoutes(Studio studio, PageTokens tokens, UnaryOperator<StudioQueue> queueState) {
        this.studio = studio;
        this.tokens = tokens;
        this.queueState = queueState;
    }

    ObjectNode handle(EmulatorRequest request) {
        Matcher match = PATH.matcher(request.path());
        if (!request.method().equals("GET") || !match.matches()) {
            throw ApiErrors.validation("UNKNOWN_OPERATION",
                "The emulator has no operation " + request.method() + " " + request.path() + ".");
        }
        if (match.group(1) == null) {
            return list(request, "farms", "farms", studio.farms(), farm -> ResourceJson.farm(farm, false));
        }
        StudioFarm farm = farm(match.group(1));
        String collection = match.group(2);
        String child = match.group(3);
        if (collection == null) {
            return ResourceJson.farm(farm, true);
        }
        switch (collection) {
            case "queues":
                return queues(request, farm, child, match.group(4) != null);
            case "fleets":
                return fleets(request, farm, child);
            case "members":
                if (child != null) {
                    throw ApiErrors.validation("UNKNOWN_OPERATION", "Unknown path " + request.path() + ".");
                }
                return list(request, "members:" + farm.farmId(), "members", studio.members(farm.farmId()),
                    member -> ResourceJson.member(member, studio.identityStoreId(), null));
            default:
                throw new IllegalStateException("Unmatched collection " + collection);
        }
    }

    private ObjectNode queues(EmulatorRequest request, StudioFarm farm, String queueId, boolean members) {
        if (queueId == null) {
            String status = request.queryValue("status");
            List<StudioQueue> queues = studio.queues(farm.farmId()).stream().map(queueState)
                .filter(queue -> status == null || queue.status().equals(status)).collect(Collectors.toList());
            return list(request, "queues:" + farm.farmId() + ":" + status, "queues", queues,
                queue -> ResourceJson.queue(queue, false));
        }
        StudioQueue queue = studio.queues(farm.farmId()).stream()
            .filter(candidate -> candidate.queueId().equals(checkId("queueId", "queue", queueId)))
            .findFirst().map(queueState).orElseThrow(() -> ApiErrors.notFound("queue", queueId));
        if (!members) {
            return ResourceJson.queue(queue, true);
        }
        return list(request, "queue-members:" + queueId, "members", studio.members(farm.farmId()),
            member -> ResourceJson.member(member, studio.identityStoreId(), queueId));
    }

    private ObjectNode fleets(EmulatorRequest request, StudioFarm farm, String fleetId) {
        if (fleetId == null) {
            String displayName = request.queryValue("displayName");
            String status = request.queryValue("status");
            List<StudioFleet> fleets = studio.fleets(farm.farmId()).stream()
                .filter(fleet -> displayName == null || fleet.displayName().equals(displayName))
                .filter(fleet -> status == null || status.equals("ACTIVE"))
                .collect(Collectors.toList());
            return list(request, "fleets:" + farm.farmId() + ":" + displayName + ":" + status, "fleets", fleets,
                fleet -> ResourceJson.fleet(fleet, false));
        }
        return studio.fleets(farm.farmId()).stream()
            .filter(candidate -> candidate.fleetId().equals(checkId("fleetId", "fleet", fleetId)))
            .findFirst().map(fleet -> ResourceJson.fleet(fleet, true))
            .orElseThrow(() -> ApiErrors.notFound("fleet", fleetId));
    }

    StudioFarm farm(String farmId) {
        checkId("farmId", "farm", farmId);
        return studio.farm(farmId).orElseThrow(() -> ApiErrors.notFound("farm", farmId));
    }

    /** Ids are checked by the server (the SDK checks nothing): {@code farm-}, {@code queue-}... and 32 hex. */
    static String checkId(String field, String prefix, String id) {
        if (!id.matches(prefix + "-[0-9a-f]{32}")) {
            throw ApiErrors.invalidField(field, field + " '" + id + "' does not match " + prefix + "-[0-9a-f]{32}.");
        }
        return id;
    }

    /**
     * The farm of an OWNER-only route: its id checked, the farm known to the studio, and the caller an owner of it
     * ({@code doing} says what needs the membership, e.g. "Reading usage of").
     */
    static String ownedFarm(Studio studio, EmulatorConfig config, String id, String doing) {
        String farmId = checkId("farmId", "farm", id);
        studio.farm(farmId).orElseThrow(() -> ApiErrors.notFound("farm", farmId));
        if (config.usageDeniedFarmIds().contains(farmId)) {
            throw ApiErrors.accessDenied(doing + " farm " + farmId + " needs the OWNER membership level on that farm. "
                + "Ask a farm owner to make you an owner, or use a profile that is one.");
        }
        return farmId;
    }

    private <T> ObjectNode list(EmulatorRequest request, String scope, String member, List<T> items,
        Function<T, ObjectNode> json) {
        PageTokens.Page<T> page = tokens.page(items, scope, request.queryValue("nextToken"),
            request.maxResults(LIST_DEFAULT));
        ObjectNode body = JsonBodies.object();
        ArrayNode array = body.putArray(member);
        page.items().forEach(item -> array.add(json.apply(item)));
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken());
        }
        return body;
    }
}
