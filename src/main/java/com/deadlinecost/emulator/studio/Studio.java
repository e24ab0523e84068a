package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.aggregation.SessionTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the emulator serves: the farms with their queues, fleets and members, the users, the sessions. */
public final class Studio {
    private final String identityStoreId;
    private final List<StudioFarm> farms;
    private final List<StudioQueue> queues;
    private final List<StudioFleet> fleets;
    private final List<StudioUser> users;
    private final List<StudioMember> members;
    private final SessionTable sessions;
    private final Map<String, StudioUser> usersById;

    public Studio(String identityStoreId, StudioCatalog catalog, SessionTable sessions) {
        this.identityStoreId = identityStoreId;
        this.farms = List.copyOf(catalog.farms());
        this.queues = List.copyOf(catalog.queues());
        this.fleets = List.copyOf(catalog.fleets());
        this.users = List.copyOf(catalog.users());
        this.members = List.copyOf(catalog.members());
        this.sessions = sessions;
        this.usersById = users.stream().collect(Collectors.toMap(StudioUser::userId, Function.identity()));
    }

    public String identityStoreId() {
        return identityStoreId;
    }

    public List<StudioFarm> farms() {
        return farms;
    }

    public Optional<StudioFarm> farm(String farmId) {
        return farms.stream().filter(farm -> farm.farmId().equals(farmId)).findFirst();
    }

    public List<StudioQueue> queues(String farmId) {
        return queues.stream().filter(queue -> queue.farmId().equals(farmId)).collect(Collectors.toList());
    }

    public List<StudioFleet> fleets(String farmId) {
        return fleets.stream().filter(fleet -> fleet.farmId().equals(farmId)).collect(Collectors.toList());
    }

    public List<StudioMember> members(String farmId) {
        return members.stream().filter(member -> member.farmId().equals(farmId)).collect(Collectors.toList());
    }

    public List<StudioUser> users() {
        return users;
    }

    public Optional<StudioUser> user(String userId) {
        return Optional.ofNullable(usersById.get(userId));
    }

    public SessionTable sessions() {
        return sessions;
    }
}
