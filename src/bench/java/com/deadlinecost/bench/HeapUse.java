package com.deadlinecost.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap in use after full collections, for the figures that compare it with the rows' own size. */
final class HeapUse {
    private HeapUse() {
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int round = 0; round < 3; round++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static double mib(long bytes) {
        return bytes / (double) (1L << 20);
    }
}
