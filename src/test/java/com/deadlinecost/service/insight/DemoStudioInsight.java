package com.deadlinecost.service.insight;

import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.emulator.studio.StudioQueue;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkGateways;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** The full demo studio (seed 42, 200,000 sessions) at a fixed hour, served by the emulator, reached by the SDK. */
public final class DemoStudioInsight implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-30T05:00:00Z");
    public static final Studio STUDIO = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, NOW,
        DemoStudioGenerator.DEFAULT_SESSIONS);

    public final EmulatorServer server;
    public final DeadlineGateway gateway;

    public DemoStudioInsight() {
        try {
            server = EmulatorServer.start(EmulatorConfig.builder().studio(STUDIO).inProgress(Duration.ZERO).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gateway = SdkGateways.open(ConnectionTarget.demo(), server.endpoint(), RunTimings.fast(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static StudioFarm farm(String name) {
        return STUDIO.farms().stream().filter(farm -> farm.displayName().equals(name)).findFirst().orElseThrow();
    }

    public static List<String> queueIds(StudioFarm farm) {
        return STUDIO.queues(farm.farmId()).stream().map(StudioQueue::queueId).collect(Collectors.toList());
    }

    public static String queueId(StudioFarm farm, String name) {
        return STUDIO.queues(farm.farmId()).stream().filter(queue -> queue.displayName().equals(name))
            .map(StudioQueue::queueId).findFirst().orElseThrow();
    }

    /** Every queue of the farm from {@code start} to now, by queue, sum. */
    public static StatisticsQuery byQueue(StudioFarm farm, Instant start, Period period) {
        return new StatisticsQuery(farm.farmId(), new ResourceSelection(ResourceKind.QUEUE, queueIds(farm)),
            new TimeRange(start, NOW), UtcOffset.UTC, period, List.of(GroupField.QUEUE_ID),
            EnumSet.of(Statistic.SUM));
    }

    @Override
    public void close() {
        gateway.close();
        server.close();
    }
}
