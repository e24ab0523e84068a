package com.deadlinecost.ui.shell;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.ui.explorer.ExplorerContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The explorer on a small demo studio that answers at once, pinned to a fixed moment, for GUI tests. */
public final class TestExplorers {
    public static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");

    private TestExplorers() {
    }

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    // One studio for the whole test run: generating it is the slow part, and tests only read it.
    private static final DeadlineGateways GATEWAYS = new DeadlineGateways(EmulatorConfig.builder().now(NOW)
        .sessions(20_000).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK);

    // The same studio, but every aggregation stays in progress for a minute: for cancelling.
    private static final DeadlineGateways SLOW_GATEWAYS = new DeadlineGateways(EmulatorConfig.builder().now(NOW)
        .sessions(5_000).inProgress(Duration.ofMinutes(1)).build(), RunTimings.fast(), CLOCK);

    public static ExplorerContext demo() {
        return new ExplorerContext(GATEWAYS, List::of, CLOCK, ZoneOffset.UTC);
    }

    public static ExplorerContext slowDemo() {
        return new ExplorerContext(SLOW_GATEWAYS, List::of, CLOCK, ZoneOffset.UTC);
    }
}
