package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.studio.DemoBlueprint.FarmPlan;
import com.deadlinecost.emulator.studio.DemoBlueprint.FleetPlan;
import com.deadlinecost.emulator.studio.DemoBlueprint.QueuePlan;
import com.deadlinecost.emulator.studio.DemoStudioGenerator.DemoFleet;
import com.deadlinecost.emulator.studio.DemoStudioGenerator.DemoQueue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/** Fills the catalog of the demo studio (users, farms, queues, fleets, members) from the blueprint. */
final class DemoCatalogBuilder {
    private static final Duration CRUNCH_AGO = Duration.ofDays(70);
    private static final Duration CRUNCH_LENGTH = Duration.ofDays(21);
    private final Random random;
    private final DemoIds ids;
    private final StudioCatalog catalog;
    private final Instant rangeStart;
    private final Instant rangeEnd;

    DemoCatalogBuilder(Random random, DemoIds ids, StudioCatalog catalog, Instant rangeStart, Instant rangeEnd) {
        this.random = random;
        this.ids = ids;
        this.catalog = catalog;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
    }

    List<DemoFarm> build() {
        List<String> userIds = users(30 + random.nextInt(31));
        int count = userIds.size();
        List<List<String>> pools = List.of(
            userIds.subList(0, count * 2 / 3),
            userIds.subList(count / 2, count),
            List.of(userIds.get(0), userIds.get(1), userIds.get(count - 2), userIds.get(count - 1)));
        String wranglers = ids.principalId();
        List<DemoFarm> farms = new ArrayList<>();
        for (int i = 0; i < DemoBlueprint.FARMS.size(); i++) {
            FarmPlan plan = DemoBlueprint.FARMS.get(i);
            String farmId = ids.farmId();
            catalog.farms().add(new StudioFarm(farmId, plan.name(), plan.description(), created(400)));
            List<DemoFleet> fleets = fleets(farmId, plan);
            List<DemoQueue> queues = queues(farmId, plan, fleets);
            members(farmId, pools.get(i), wranglers);
            farms.add(new DemoFarm(farmId, plan, queues, pools.get(i), hourWeights(i == 0)));
        }
        return farms;
    }

    private List<String> users(int count) {
        List<String[]> names = new ArrayList<>();
        for (String given : DemoBlueprint.GIVEN_NAMES) {
            for (String family : DemoBlueprint.FAMILY_NAMES) {
                names.add(new String[] {given, family});
            }
        }
        Collections.shuffle(names, random);
        List<String> userIds = new ArrayList<>();
        for (String[] name : names.subList(0, count)) {
            String userName = (name[0] + "." + name[1]).toLowerCase(Locale.ROOT).replace("'", "");
            String userId = ids.principalId();
            catalog.users().add(new StudioUser(userId, userName, name[0], name[1],
                userName + "@harborlights.example"));
            userIds.add(userId);
        }
        return userIds;
    }

    private List<DemoFleet> fleets(String farmId, FarmPlan plan) {
        List<DemoFleet> fleets = new ArrayList<>();
        for (FleetPlan fleetPlan : plan.fleets()) {
            String fleetId = ids.fleetId();
            boolean customerManaged = fleetPlan.instanceType().equals(DemoBlueprint.CUSTOMER_MANAGED);
            catalog.fleets().add(new StudioFleet(farmId, fleetId, fleetPlan.name(), fleetPlan.instanceType(),
                customerManaged, fleetPlan.price(), fleetPlan.vCpus(), fleetPlan.memoryGiB() * 1024,
                10 + 10 * random.nextInt(10), created(380)));
            fleets.add(new DemoFleet(fleetId, fleetPlan.instanceType(), fleetPlan.price(), fleetPlan.kind()));
        }
        return fleets;
    }

    private List<DemoQueue> queues(String farmId, FarmPlan plan, List<DemoFleet> fleets) {
        List<DemoQueue> queues = new ArrayList<>();
        for (QueuePlan queuePlan : plan.queues()) {
            String queueId = ids.queueId();
            String status = random.nextInt(3) == 0 ? "SCHEDULING" : "IDLE";
            catalog.queues().add(new StudioQueue(farmId, queueId, queuePlan.name(), status, created(390)));
            List<DemoFleet> suitable = fleets.stream()
                .filter(fleet -> fleet.kind() == queuePlan.workload().fleetKind
                    || fleet.kind() == Workload.FleetKind.ON_PREMISES
                    && queuePlan.workload().fleetKind == Workload.FleetKind.CPU)
                .collect(Collectors.toList());
            queues.add(new DemoQueue(queueId, queuePlan, suitable.isEmpty() ? fleets : suitable));
        }
        return queues;
    }

    /** The first two people of a farm own it (they may read usage), the rest contribute; wranglers view. */
    private void members(String farmId, List<String> users, String wranglersGroupId) {
        for (int i = 0; i < users.size(); i++) {
            String level = i < 2 ? "OWNER" : i < 4 ? "MANAGER" : "CONTRIBUTOR";
            catalog.members().add(new StudioMember(farmId, users.get(i), "USER", level));
        }
        catalog.members().add(new StudioMember(farmId, wranglersGroupId, "GROUP", "VIEWER"));
    }

    /** Office hours in the studio's offset, quiet weekends, and for the feature farm a three-week crunch. */
    private double[] hourWeights(boolean crunch) {
        int hours = (int) Duration.between(rangeStart, rangeEnd).toHours();
        double[] weights = new double[hours];
        Instant crunchStart = rangeEnd.minus(CRUNCH_AGO);
        Instant crunchEnd = crunchStart.plus(CRUNCH_LENGTH);
        for (int hour = 0; hour < hours; hour++) {
            Instant time = rangeStart.plusSeconds(hour * 3600L);
            LocalDateTime local = LocalDateTime.ofInstant(time, DemoStudioGenerator.STUDIO_OFFSET);
            boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean inCrunch = crunch && !time.isBefore(crunchStart) && time.isBefore(crunchEnd);
            int hourOfDay = local.getHour();
            double daily = hourOfDay >= 9 && hourOfDay < 19 ? 1.0 : hourOfDay >= 19 && hourOfDay < 23 ? 0.35 : 0.06;
            double weekly = weekend ? inCrunch ? 0.8 : 0.15 : 1.0;
            weights[hour] = daily * weekly * (inCrunch ? 3.0 : 1.0);
        }
        return weights;
    }

    private Instant created(int daysBeforeRange) {
        Duration before = Duration.ofDays(daysBeforeRange - random.nextInt(30));
        return rangeStart.minus(before).plusSeconds(random.nextInt(86_400));
    }
}
