package com.deadlinecost.emulator.studio;

import java.time.Instant;

/**
 * A fleet as GetFleet describes it, with the hourly rate its sessions are charged at.
 *
 * @param instanceType the EC2 instance type of a service-managed fleet; empty for a customer-managed one
 * @param hourlyRateUsd near the public on-demand price; the service's $1 per worker-hour for customer-managed
 */
public record StudioFleet(
    String farmId,
    String fleetId,
    String displayName,
    String instanceType,
    boolean customerManaged,
    double hourlyRateUsd,
    int vCpuCount,
    int memoryMiB,
    int maxWorkerCount,
    Instant createdAt) {
}
