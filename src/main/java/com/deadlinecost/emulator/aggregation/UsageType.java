package com.deadlinecost.emulator.aggregation;

/** What a session record paid for: worker time on a fleet, or a usage-based licence. */
public enum UsageType {
    COMPUTE,
    LICENSE
}
