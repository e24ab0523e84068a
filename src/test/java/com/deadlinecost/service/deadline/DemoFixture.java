package com.deadlinecost.service.deadline;

import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioQueue;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.retry.RetryMode;

/** A small demo studio served by the emulator, and the gateway the app would open on it. */
final class DemoFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    static final Studio STUDIO = DemoStudioGenerator.generate(11L, NOW, 30_000);

    final EmulatorServer server;
    final SdkDeadlineGateway gateway;

    DemoFixture(EmulatorConfig.Builder config) {
        this(config, STUDIO);
    }

    /** The gateway on another studio, such as one read from sessions. */
    DemoFixture(EmulatorConfig.Builder config, Studio studio) {
        try {
            server = EmulatorServer.start(config.studio(studio).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
            SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0), RunTimings.fast(),
            Clock.systemUTC());
    }

    static EmulatorConfig.Builder config() {
        return EmulatorConfig.builder().inProgress(Duration.ZERO);
    }

    static String farmId() {
        return STUDIO.farms().get(0).farmId();
    }

    static List<String> queueIds(int count) {
        return STUDIO.queues(farmId()).stream().map(StudioQueue::queueId).limit(count).collect(Collectors.toList());
    }

    /** Thirty days, hourly, of ten queues by queue and user, every statistic: a few pages of rows. */
    static StatisticsQuery queueAndUserQuery() {
        return new StatisticsQuery(farmId(), new ResourceSelection(com.deadlinecost.model.query.ResourceKind.QUEUE,
            queueIds(10)), new TimeRange(NOW.minus(Duration.ofDays(30)), NOW), UtcOffset.UTC, Period.HOURLY,
            List.of(GroupField.QUEUE_ID, GroupField.USER_ID), EnumSet.allOf(Statistic.class));
    }

    @Override
    public void close() {
        gateway.close();
        server.close();
    }
}
