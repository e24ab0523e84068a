package com.deadlinecost.emulator.studio;

import java.time.Instant;

/** A farm as GetFarm describes it. */
public record StudioFarm(String farmId, String displayName, String description, Instant createdAt) {
}
