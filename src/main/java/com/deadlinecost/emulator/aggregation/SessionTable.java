package com.deadlinecost.emulator.aggregation;

import java.time.Instant;
import java.util.Arrays;

/**
 * Session records stored by column: primitive arrays and dictionary-encoded strings, so that the aggregation loop
 * touches no objects and a million sessions take a few tens of megabytes. Immutable once built.
 *
 * <p>Times are epoch milliseconds. Rates are kept in {@link #RATE_UNITS_PER_USD} units per hour so that every cost
 * is an exact integer ({@code milliseconds x rate units}) and sums add up the same in any order or grouping.
 */
public final class SessionTable {
    /** Hourly rates are stored to a hundredth of a cent. */
    public static final long RATE_UNITS_PER_USD = 10_000L;
    /** Divide a cost in {@code milliseconds x rate units} by this to get US dollars. */
    public static final double COST_UNITS_PER_USD = 3_600_000.0 * RATE_UNITS_PER_USD;
    static final int ABSENT = -1;

    final Dictionary farms;
    final Dictionary queues;
    final Dictionary fleets;
    final Dictionary jobs;
    final Dictionary users;
    final Dictionary instanceTypes;
    final Dictionary licenseProducts;
    final String[] jobNames;
    final int size;
    final int[] farm;
    final int[] queue;
    final int[] fleet;
    final int[] job;
    final int[] user;
    final int[] usage;
    final int[] instanceType;
    final int[] licenseProduct;
    final long[] startMs;
    final long[] endMs;
    final long[] rateUnits;

    private SessionTable(Builder builder) {
        farms = builder.farms;
        queues = builder.queues;
        fleets = builder.fleets;
        jobs = builder.jobs;
        users = builder.users;
        instanceTypes = builder.instanceTypes;
        licenseProducts = builder.licenseProducts;
        jobNames = Arrays.copyOf(builder.jobNames, jobs.size());
        size = builder.size;
        farm = Arrays.copyOf(builder.farm, size);
        queue = Arrays.copyOf(builder.queue, size);
        fleet = Arrays.copyOf(builder.fleet, size);
        job = Arrays.copyOf(builder.job, size);
        user = Arrays.copyOf(builder.user, size);
        usage = Arrays.copyOf(builder.usage, size);
        instanceType = Arrays.copyOf(builder.instanceType, size);
        licenseProduct = Arrays.copyOf(builder.licenseProduct, size);
        startMs = Arrays.copyOf(builder.startMs, size);
        endMs = Arrays.copyOf(builder.endMs, size);
        rateUnits = Arrays.copyOf(builder.rateUnits, size);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return size;
    }

    /** The record at {@code index}, rebuilt from the columns (rates rounded to {@link #RATE_UNITS_PER_USD}). */
    public SessionRecord record(int index) {
        return new SessionRecord(
            farms.value(farm[index]),
            queues.value(queue[index]),
            fleets.value(fleet[index]),
            jobs.value(job[index]),
            jobNames[job[index]],
            users.value(user[index]),
            UsageType.values()[usage[index]],
            instanceType[index] == ABSENT ? "" : instanceTypes.value(instanceType[index]),
            licenseProduct[index] == ABSENT ? "" : licenseProducts.value(licenseProduct[index]),
            Instant.ofEpochMilli(startMs[index]),
            Instant.ofEpochMilli(endMs[index]),
            rateUnits[index] / (double) RATE_UNITS_PER_USD);
    }

    /** Collects records into columns; not thread-safe. */
    public static final class Builder {
        private final Dictionary farms = new Dictionary();
        private final Dictionary queues = new Dictionary();
        private final Dictionary fleets = new Dictionary();
        private final Dictionary jobs = new Dictionary();
        private final Dictionary users = new Dictionary();
        private final Dictionary instanceTypes = new Dictionary();
        private final Dictionary licenseProducts = new Dictionary();
        private String[] jobNames = new String[1024];
        private int size;
        private int[] farm = new int[1024];
        private int[] queue = new int[1024];
        private int[] fleet = new int[1024];
        private int[] job = new int[1024];
        private int[] user = new int[1024];
        private int[] usage = new int[1024];
        private int[] instanceType = new int[1024];
        private int[] licenseProduct = new int[1024];
        private long[] startMs = new long[1024];
        private long[] endMs = new long[1024];
        private long[] rateUnits = new long[1024];

        private Builder() {
        }

        public Builder add(SessionRecord record) {
            if (size == farm.length) {
                grow(size * 2);
            }
            farm[size] = farms.encode(record.farmId());
            queue[size] = queues.encode(record.queueId());
            fleet[size] = fleets.encode(record.fleetId());
            int jobCode = jobs.encode(record.jobId());
            if (jobCode == jobNames.length) {
                jobNames = Arrays.copyOf(jobNames, jobNames.length * 2);
            }
            jobNames[jobCode] = record.jobName();
            job[size] = jobCode;
            user[size] = users.encode(record.userId());
            usage[size] = record.usageType().ordinal();
            instanceType[size] = record.instanceType().isEmpty() ? ABSENT : instanceTypes.encode(record.instanceType());
            licenseProduct[size] = record.licenseProduct().isEmpty()
                ? ABSENT : licenseProducts.encode(record.licenseProduct());
            startMs[size] = record.startTime().toEpochMilli();
            endMs[size] = record.endTime().toEpochMilli();
            rateUnits[size] = Math.round(record.hourlyRateUsd() * RATE_UNITS_PER_USD);
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        public SessionTable build() {
            return new SessionTable(this);
        }

        private void grow(int capacity) {
            farm = Arrays.copyOf(farm, capacity);
            queue = Arrays.copyOf(queue, capacity);
            fleet = Arrays.copyOf(fleet, capacity);
            job = Arrays.copyOf(job, capacity);
            user = Arrays.copyOf(user, capacity);
            usage = Arrays.copyOf(usage, capacity);
            instanceType = Arrays.copyOf(instanceType, capacity);
            licenseProduct = Arrays.copyOf(licenseProduct, capacity);
            startMs = Arrays.copyOf(startMs, capacity);
            endMs = Arrays.copyOf(endMs, capacity);
            rateUnits = Arrays.copyOf(rateUnits, capacity);
        }
    }
}
