package com.deadlinecost.ui.budgets;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.service.deadline.RunTimings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The demo studio at full size with its story budgets, pinned to a fixed moment, for the Budgets tests. */
final class BudgetsDemo {
    static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    // Big enough for every story budget to have spend in its window; smaller than the app's for speed.
    static final Studio STUDIO = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, NOW, 60_000);

    private BudgetsDemo() {
    }

    /** Fresh gateways (each with its own emulator, so edits do not leak between tests). */
    static DeadlineGateways gateways(int budgetsPerFarm) {
        return new DeadlineGateways(EmulatorConfig.builder().studio(STUDIO).demoBudgets(true).clock(CLOCK)
            .budgetsPerFarm(budgetsPerFarm).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK);
    }
}
