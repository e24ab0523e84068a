package com.deadlinecost.emulator.studio;

import java.util.ArrayList;
import java.util.List;

/** The mutable lists a studio is assembled from, filled by a generator or derived from a session file. */
public final class StudioCatalog {
    private final List<StudioFarm> farms = new ArrayList<>();
    private final List<StudioQueue> queues = new ArrayList<>();
    private final List<StudioFleet> fleets = new ArrayList<>();
    private final List<StudioUser> users = new ArrayList<>();
    private final List<StudioMember> members = new ArrayList<>();

    public List<StudioFarm> farms() {
        return farms;
    }

    public List<StudioQueue> queues() {
        return queues;
    }

    public List<StudioFleet> fleets() {
        return fleets;
    }

    public List<StudioUser> users() {
        return users;
    }

    public List<StudioMember> members() {
        return members;
    }
}
