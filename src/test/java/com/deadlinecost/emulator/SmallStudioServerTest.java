package com.deadlinecost.emulator;

import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioFarm;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.deadline.DeadlineClient;

/**
 * Base of test classes that only read: one emulator per class on the small demo studio, no in-progress time, and a
 * one-attempt SDK client. Exposes the feature farm (more than ten queues and fleets) and its queue ids.
 */
abstract class SmallStudioServerTest {
    static EmulatorServer server;
    static DeadlineClient deadline;
    static Studio studio;
    static StudioFarm farm;
    static String farmId;
    static List<String> allQueueIds;

    @BeforeAll
    static void startServer() throws IOException {
        studio = TestStudios.small();
        farm = TestStudios.bigFarm(studio);
        farmId = farm.farmId();
        allQueueIds = TestStudios.queueIds(studio, farmId);
        server = EmulatorServer.start(TestStudios.fastConfig(studio, new MutableClock(TestStudios.NOW)).build());
        deadline = EmulatorClients.deadline(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        deadline.close();
        server.close();
    }
}
