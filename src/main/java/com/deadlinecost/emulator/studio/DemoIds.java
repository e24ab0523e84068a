package com.deadlinecost.emulator.studio;

import java.util.Random;

/** Resource ids in the service's formats, drawn from the generator's seeded random source. */
final class DemoIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final Random random;

    DemoIds(Random random) {
        this.random = random;
    }

    String farmId() {
        return "farm-" + hex(32);
    }

    String queueId() {
        return "queue-" + hex(32);
    }

    String fleetId() {
        return "fleet-" + hex(32);
    }

    String jobId() {
        return "job-" + hex(32);
    }

    String identityStoreId() {
        return "d-" + hex(10);
    }

    /** An IAM Identity Center user or group id: a ten-digit prefix and a UUID. */
    String principalId() {
        return hex(10) + "-" + hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
    }

    private String hex(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = HEX[random.nextInt(16)];
        }
        return new String(chars);
    }
}
