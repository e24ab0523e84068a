package com.deadlinecost.emulator;

import java.util.Random;

/** Draws, per request, which fault (if any) to inject; one seeded draw per request so runs replay. */
final class FaultInjector {
    enum Fault {
        NONE,
        DROP,
        THROTTLE,
        ERROR
    }

    private final FaultConfig faults;
    private final Random random;

    FaultInjector(FaultConfig faults) {
        this.faults = faults;
        this.random = new Random(faults.seed());
    }

    synchronized Fault next() {
        double draw = random.nextDouble();
        if (draw < faults.dropRate()) {
            return Fault.DROP;
        }
        if (draw < faults.dropRate() + faults.throttleRate()) {
            return Fault.THROTTLE;
        }
        if (draw < faults.dropRate() + faults.throttleRate() + faults.errorRate()) {
            return Fault.ERROR;
        }
        return Fault.NONE;
    }

    long latencyMillis() {
        return faults.latency().toMillis();
    }
}
