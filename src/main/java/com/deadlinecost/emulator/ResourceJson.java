package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.JsonBodies;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.emulator.studio.StudioFleet;
import com.deadlinecost.emulator.studio.StudioMember;
import com.deadlinecost.emulator.studio.StudioQueue;
import tools.jackson.databind.node.ObjectNode;

/** Farm, queue, fleet and member shapes with the member names of the Deadline Cloud API model. */
final class ResourceJson {
    static final String CREATED_BY = "arn:aws:sts::111122223333:assumed-role/StudioAdmin/render-admin";

    private ResourceJson() {
    }

    static ObjectNode farm(StudioFarm farm, boolean detail) {
        ObjectNode node = JsonBodies.object();
        node.put("farmId", farm.farmId());
        node.put("displayName", farm.displayName());
        if (detail) {
            node.put("description", farm.description());
        }
        node.put("createdAt", farm.createdAt().toString());
        node.put("createdBy", CREATED_BY);
        return node;
    }

    static ObjectNode queue(StudioQueue queue, boolean detail) {
        ObjectNode node = JsonBodies.object();
        node.put("farmId", queue.farmId());
        node.put("queueId", queue.queueId());
        node.put("displayName", queue.displayName());
        node.put("status", queue.status());
        node.put("defaultBudgetAction", "NONE");
        if (queue.status().equals(BudgetJson.QUEUE_BLOCKED)) {
            node.put("blockedReason", "BUDGET_THRESHOLD_REACHED");
        }
        if (detail) {
            node.put("description", queue.displayName() + " work of the farm");
            node.put("roleArn", "arn:aws:iam::111122223333:role/DeadlineQueueRole");
        }
        node.put("createdAt", queue.createdAt().toString());
        node.put("createdBy", CREATED_BY);
        return node;
    }

    static ObjectNode fleet(StudioFleet fleet, boolean detail) {
        ObjectNode node = JsonBodies.object();
        node.put("fleetId", fleet.fleetId());
        node.put("farmId", fleet.farmId());
        node.put("displayName", fleet.displayName());
        node.put("status", "ACTIVE");
        node.put("autoScalingStatus", "STEADY");
        node.put("targetWorkerCount", 0);
        node.put("workerCount", 0);
        node.put("minWorkerCount", 0);
        node.put("maxWorkerCount", fleet.maxWorkerCount());
        node.set("configuration", configuration(fleet));
        if (detail) {
            node.put("description", fleet.customerManaged()
                ? "Studio render nodes, billed at the service's $1 per worker-hour assumption"
                : "Service-managed " + fleet.instanceType() + " workers");
            node.put("roleArn", "arn:aws:iam::111122223333:role/DeadlineFleetRole");
        }
        node.put("createdAt", fleet.createdAt().toString());
        node.put("createdBy", CREATED_BY);
        return node;
    }

    static ObjectNode member(StudioMember member, String identityStoreId, String queueId) {
        ObjectNode node = JsonBodies.object();
        node.put("farmId", member.farmId());
        if (queueId != null) {
            node.put("queueId", queueId);
        }
        node.put("principalId", member.principalId());
        node.put("principalType", member.principalType());
        node.put("identityStoreId", identityStoreId);
        node.put("membershipLevel", member.membershipLevel());
        return node;
    }

    private static ObjectNode configuration(StudioFleet fleet) {
        ObjectNode configuration = JsonBodies.object();
        ObjectNode capabilities = JsonBodies.object();
        capabilities.putObject("vCpuCount").put("min", fleet.vCpuCount()).put("max", fleet.vCpuCount());
        capabilities.putObject("memoryMiB").put("min", fleet.memoryMiB()).put("max", fleet.memoryMiB());
        capabilities.put("osFamily", "LINUX");
        capabilities.put("cpuArchitectureType", "x86_64");
        if (fleet.customerManaged()) {
            ObjectNode customer = configuration.putObject("customerManaged");
            customer.put("mode", "NO_SCALING");
            customer.set("workerCapabilities", capabilities);
        } else {
            capabilities.putArray("allowedInstanceTypes").add(fleet.instanceType());
            ObjectNode service = configuration.putObject("serviceManagedEc2");
            service.set("instanceCapabilities", capabilities);
            service.putObject("instanceMarketOptions").put("type", "on-demand");
        }
        return configuration;
    }
}
