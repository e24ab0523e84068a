package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A studio around sessions read from a file: the farms, queues, fleets and users the sessions name, with plain
 * generated names (the file holds ids only). Fleets with no instance type are customer-managed.
 */
public final class SessionFileStudio {
    public static final String IDENTITY_STORE_ID = "d-0000000000";

    private SessionFileStudio() {
    }

    public static Studio of(SessionTable sessions) {
        Map<String, Set<String>> queuesByFarm = new LinkedHashMap<>();
        Map<String, Map<String, SessionRecord>> fleetsByFarm = new LinkedHashMap<>();
        Map<String, Set<String>> usersByFarm = new LinkedHashMap<>();
        Instant first = Instant.EPOCH;
        for (int i = 0; i < sessions.size(); i++) {
            SessionRecord record = sessions.record(i);
            first = i == 0 || record.startTime().isBefore(first) ? record.startTime() : first;
            queuesByFarm.computeIfAbsent(record.farmId(), farm -> new LinkedHashSet<>()).add(record.queueId());
            Map<String, SessionRecord> fleets = fleetsByFarm.computeIfAbsent(record.farmId(),
                farm -> new LinkedHashMap<>());
            if (record.usageType() == UsageType.COMPUTE) {
                fleets.putIfAbsent(record.fleetId(), record);
            }
            usersByFarm.computeIfAbsent(record.farmId(), farm -> new LinkedHashSet<>()).add(record.userId());
        }
        StudioCatalog catalog = new StudioCatalog();
        Instant created = first.minusSeconds(86_400);
        Set<String> users = new LinkedHashSet<>();
        int farmNumber = 0;
        for (String farmId : queuesByFarm.keySet()) {
            farmNumber++;
            catalog.farms().add(new StudioFarm(farmId, "Farm " + farmNumber, "Sessions from a file", created));
            int queueNumber = 0;
            for (String queueId : queuesByFarm.get(farmId)) {
                catalog.queues().add(new StudioQueue(farmId, queueId, "Queue " + ++queueNumber, "IDLE", created));
            }
            int fleetNumber = 0;
            for (SessionRecord compute : fleetsByFarm.get(farmId).values()) {
                catalog.fleets().add(new StudioFleet(farmId, compute.fleetId(), "Fleet " + ++fleetNumber,
                    compute.instanceType(), compute.instanceType().isEmpty(), compute.hourlyRateUsd(), 16, 65_536,
                    10, created));
            }
            int memberNumber = 0;
            for (String userId : usersByFarm.get(farmId)) {
                catalog.members().add(new StudioMember(farmId, userId, "USER",
                    memberNumber++ == 0 ? "OWNER" : "CONTRIBUTOR"));
                users.add(userId);
            }
        }
        int userNumber = 0;
        for (String userId : users) {
            userNumber++;
            catalog.users().add(new StudioUser(userId, "user" + userNumber, "User", Integer.toString(userNumber),
                "user" + userNumber + "@example.com"));
        }
        return new Studio(IDENTITY_STORE_ID, catalog, sessions);
    }
}
