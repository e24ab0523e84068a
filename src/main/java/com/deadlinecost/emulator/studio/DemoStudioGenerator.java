package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import com.deadlinecost.emulator.studio.DemoBlueprint.FarmPlan;
import com.deadlinecost.emulator.studio.DemoBlueprint.QueuePlan;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

/**
 * Generates the demo studio: three farms of an animation studio over the 13 months up to the start of the current
 * hour, with office-hour and weekend patterns, a deadline crunch, a runaway simulation and a weekend spike. The same
 * seed, hour and session count always give the same studio.
 */
public final class DemoStudioGenerator {
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_SESSIONS = 200_000;
    private static final int SECONDS_PER_HOUR = 3600;
    /** The studio keeps Los Angeles office hours (standard time). */
    public static final ZoneOffset STUDIO_OFFSET = ZoneOffset.ofHours(-8);
    static final Duration RUNAWAY_AGO = Duration.ofDays(19);
    static final Duration RUNAWAY_LENGTH = Duration.ofDays(6).plusHours(7);
    /** Every this many FX simulation sessions keep a persistent volume (a cache) for as long as they run. */
    static final int VOLUME_EVERY = 25;
    static final double VOLUME_RATE_USD = 0.14;

    private final Random random;
    private final long rangeStart;
    private final long rangeEnd;
    private final int target;
    private final StudioCatalog catalog = new StudioCatalog();
    private final SessionTable.Builder sessions = SessionTable.builder();
    private final DemoIds ids;
    private List<DemoFarm> farms;
    private int simulationSessions;

    private DemoStudioGenerator(long seed, Instant now, int target) {
        this.random = new Random(seed);
        this.ids = new DemoIds(random);
        Instant end = now.truncatedTo(ChronoUnit.HOURS);
        this.rangeEnd = end.getEpochSecond();
        this.rangeStart = end.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant().getEpochSecond();
        this.target = target;
    }

    /**
     * The demo studio for {@code seed}, covering the 13 months before {@code now} truncated to the hour, with
     * {@code sessionCount} session records (compute and licence).
     */
    public static Studio generate(long seed, Instant now, int sessionCount) {
        if (sessionCount < 0) {
            throw new IllegalArgumentException("sessionCount must not be negative");
        }
        DemoStudioGenerator generator = new DemoStudioGenerator(seed, now, sessionCount);
        String identityStoreId = generator.ids.identityStoreId();
        generator.farms = new DemoCatalogBuilder(generator.random, generator.ids, generator.catalog,
            Instant.ofEpochSecond(generator.rangeStart), Instant.ofEpochSecond(generator.rangeEnd)).build();
        generator.generateSessions();
        return new Studio(identityStoreId, generator.catalog, generator.sessions.build());
    }

    /** The first instant the studio covers for {@code now}: 13 months before the start of its hour. */
    public static Instant rangeStart(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC).minusMonths(13).toInstant();
    }

    private void generateSessions() {
        runawayJob();
        weekendSpike();
        while (sessions.size() < target) {
            DemoFarm farm = pickFarm();
            DemoQueue queue = farm.pickQueue(random);
            long hourStart = rangeStart + farm.sampleHour(random) * (long) SECONDS_PER_HOUR;
            long submit = hourStart + random.nextInt(SECONDS_PER_HOUR);
            emitJob(farm, queue, submit, taskCount(queue.workload()));
        }
    }

    /** An FX simulation that ran for six days on the most expensive memory fleet while nobody looked. */
    private void runawayJob() {
        DemoFarm farm = farms.get(0);
        DemoQueue queue = farm.queueFor(Workload.FX_SIMULATION);
        long start = rangeEnd - RUNAWAY_AGO.getSeconds() + 1234;
        long end = Math.min(rangeEnd, start + RUNAWAY_LENGTH.getSeconds());
        if (target < 2 || start >= rangeEnd) {
            return;
        }
        String jobId = ids.jobId();
        String name = "GRV_sq120_sh0410_fx_pyro_v007";
        String userId = farm.users().get(farm.users().size() / 2);
        addSession(farm, queue, queue.fleets().get(0), jobId, name, userId, start, end);
    }

    /** A weekend when the episodic FX team re-simulated a whole sequence, three weeks before now. */
    private void weekendSpike() {
        DemoFarm farm = farms.get(1);
        DemoQueue queue = farm.queueFor(Workload.FX_SIMULATION);
        LocalDateTime saturday = LocalDateTime.ofEpochSecond(rangeEnd - Duration.ofDays(21).getSeconds(), 0,
            STUDIO_OFFSET).truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        long weekendStart = saturday.plusHours(9).toEpochSecond(STUDIO_OFFSET);
        long weekendLength = Duration.ofHours(35).getSeconds();
        int budget = sessions.size() + target / 25;
        while (sessions.size() < budget && weekendStart + weekendLength < rangeEnd) {
            emitJob(farm, queue, weekendStart + (long) (random.nextDouble() * weekendLength), 20 + random.nextInt(20));
        }
    }

    private void emitJob(DemoFarm farm, DemoQueue queue, long submit, int tasks) {
        Workload workload = queue.workload();
        String jobId = ids.jobId();
        String name = farm.jobName(random, workload);
        String userId = farm.pickUser(random);
        long spread = Math.min(6 * 3600L, Math.max(60L, tasks * 90L));
        for (int task = 0; task < tasks && sessions.size() < target; task++) {
            long start = submit + (long) (random.nextDouble() * spread);
            double minutes = workload.minMinutes
                * Math.pow((double) workload.maxMinutes / workload.minMinutes, random.nextDouble());
            long end = Math.min(rangeEnd, start + Math.max(30L, (long) (minutes * 60)));
            if (start >= end) {
                continue;
            }
            DemoFleet fleet = queue.fleets().get(random.nextInt(queue.fleets().size()));
            if (random.nextDouble() < workload.licenseShare) {
                addSession(farm, queue, fleet, jobId, name, userId, start, end);
            } else {
                addCompute(farm, queue, fleet, jobId, name, userId, start, end);
            }
        }
    }

    /** A compute session and, if the workload uses one and the budget allows, its licence session. */
    private void addSession(DemoFarm farm, DemoQueue queue, DemoFleet fleet, String jobId, String name,
        String userId, long start, long end) {
        addCompute(farm, queue, fleet, jobId, name, userId, start, end);
        String product = queue.workload().licenseProduct;
        if (!product.isEmpty() && sessions.size() < target) {
            sessions.add(new SessionRecord(farm.farmId(), queue.queueId(), fleet.fleetId(), jobId, name, userId,
                UsageType.LICENSE, "", product, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end),
                Workload.licenseRate(product)));
        }
    }

    private void addCompute(DemoFarm farm, DemoQueue queue, DemoFleet fleet, String jobId, String name,
        String userId, long start, long end) {
        sessions.add(new SessionRecord(farm.farmId(), queue.queueId(), fleet.fleetId(), jobId, name, userId,
            UsageType.COMPUTE, fleet.instanceType(), "", Instant.ofEpochSecond(start), Instant.ofEpochSecond(end),
            fleet.hourlyRateUsd()));
        // A few simulations keep a volume: rows of a usage type our SDK does not know, so showing its text stays
        // tested. Chosen by count, not by a random draw, so every other figure of the studio stays as it was.
        if (queue.workload() == Workload.FX_SIMULATION && ++simulationSessions % VOLUME_EVERY == 0
            && sessions.size() < target) {
            sessions.add(new SessionRecord(farm.farmId(), queue.queueId(), fleet.fleetId(), jobId, name, userId,
                UsageType.PERSISTENT_VOLUME, "", "", Instant.ofEpochSecond(start), Instant.ofEpochSecond(end),
                VOLUME_RATE_USD));
        }
    }

    private int taskCount(Workload workload) {
        return workload.minTasks + random.nextInt(workload.maxTasks - workload.minTasks + 1);
    }

    private DemoFarm pickFarm() {
        int total = 0;
        for (FarmPlan plan : DemoBlueprint.FARMS) {
            total += plan.weight();
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < farms.size(); i++) {
            pick -= DemoBlueprint.FARMS.get(i).weight();
            if (pick < 0) {
                return farms.get(i);
            }
        }
        return farms.get(farms.size() - 1);
    }

    /** A queue of a demo farm with the fleets its jobs run on. */
    record DemoQueue(String queueId, QueuePlan plan, List<DemoFleet> fleets) {
        Workload workload() {
            return plan.workload();
        }
    }

    /** A fleet of a demo farm. */
    record DemoFleet(String fleetId, String instanceType, double hourlyRateUsd, Workload.FleetKind kind) {
    }
}
