package com.deadlinecost.service.emulator.aggregation;

/** What a session record paid for: worker time on a fleet, or a usage-based licence. */
public enum UsageType {
    COMPUTE,
    LICENSE
}
