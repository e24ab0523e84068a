package com.deadlinecost.emulator.studio;

import java.time.Instant;

/** A queue as GetQueue describes it; {@code status} is IDLE, SCHEDULING or SCHEDULING_BLOCKED. */
public record StudioQueue(String farmId, String queueId, String displayName, String status, Instant createdAt) {
}
