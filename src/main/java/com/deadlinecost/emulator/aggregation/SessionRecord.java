package com.deadlinecost.emulator.aggregation;

import java.time.Instant;
import java.util.Objects;

/**
 * One session's usage: a worker running part of a job on a fleet ({@code COMPUTE}, with its instance type) or a
 * usage-based licence held while it ran ({@code LICENSE}, with the licence product).
 *
 * @param instanceType empty for licence sessions and customer-managed fleets
 * @param licenseProduct empty for compute sessions
 */
public record SessionRecord(
    String farmId,
    String queueId,
    String fleetId,
    String jobId,
    String jobName,
    String userId,
    UsageType usageType,
    String instanceType,
    String licenseProduct,
    Instant startTime,
    Instant endTime,
    double hourlyRateUsd) {

    public SessionRecord {
        Objects.requireNonNull(farmId, "farmId");
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(fleetId, "fleetId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(usageType, "usageType");
        instanceType = instanceType == null ? "" : instanceType;
        licenseProduct = licenseProduct == null ? "" : licenseProduct;
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        if (!startTime.isBefore(endTime)) {
            throw new IllegalArgumentException("startTime must be before endTime");
        }
        if (!(hourlyRateUsd >= 0) || Double.isInfinite(hourlyRateUsd)) {
            throw new IllegalArgumentException("hourlyRateUsd must be a non-negative number");
        }
    }
}
