package com.deadlinecost.emulator.aggregation;

/**
 * What a session record paid for: worker time on a fleet, a usage-based licence, or a persistent volume kept for
 * the session (a usage type of the service's current model that older SDKs do not know).
 */
public enum UsageType {
    COMPUTE,
    LICENSE,
    PERSISTENT_VOLUME
}
