package com.deadlinecost.emulator;

import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Small studios for fast tests, generated once per JVM. */
final class TestStudios {
    static final Instant NOW = Instant.parse("2025-06-18T10:00:00Z");
    private static final Studio SMALL = DemoStudioGenerator.generate(7L, NOW, 40_000);

    private TestStudios() {
    }

    /** The demo studio with 40,000 sessions, ending at {@link #NOW}. */
    static Studio small() {
        return SMALL;
    }

    /** The feature farm: more than ten queues and fleets. */
    static StudioFarm bigFarm(Studio studio) {
        return studio.farms().get(0);
    }

    static List<String> queueIds(Studio studio, String farmId) {
        return studio.queues(farmId).stream().map(StudioQueue::queueId).collect(Collectors.toList());
    }

    static EmulatorConfig.Builder fastConfig(Studio studio, MutableClock clock) {
        return EmulatorConfig.builder().studio(studio).clock(clock).inProgress(java.time.Duration.ZERO);
    }
}
