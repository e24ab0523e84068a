package com.deadlinecost.emulator;

import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.StatisticsRow;
import com.deadlinecost.emulator.http.ApiErrors;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The aggregations started on this server: one running at a time per farm, IN_PROGRESS until their ready time,
 * gone one hour after Start. Time comes from the configured clock so tests can move it.
 */
final class AggregationRegistry {
    /** How an aggregation ends: COMPLETED with rows, or FAILED / TIMEOUT with a message. */
    record Outcome(String status, String statusMessage, List<StatisticsRow> rows) {
    }

    record Aggregation(String id, String farmId, AggregationRequest request, Instant readyAt, Instant expiresAt,
        Outcome outcome) {

        boolean inProgress(Instant now) {
            return now.isBefore(readyAt);
        }
    }

    private final Clock clock;
    private final Duration inProgress;
    private final Duration lifetime;
    private final SecureRandom ids = new SecureRandom();
    private final Map<String, Aggregation> aggregations = new HashMap<>();

    AggregationRegistry(Clock clock, Duration inProgress, Duration lifetime) {
        this.clock = clock;
        this.inProgress = inProgress;
        this.lifetime = lifetime;
    }

    /** Registers a new aggregation, or throws ThrottlingException while another one of the farm runs. */
    synchronized Aggregation start(AggregationRequest request, Supplier<Outcome> compute) {
        Instant now = clock.instant();
        forgetExpired(now);
        for (Aggregation running : aggregations.values()) {
            if (running.farmId().equals(request.farmId()) && running.inProgress(now)) {
                long waitMillis = Duration.between(now, running.readyAt()).toMillis();
                int retryAfter = (int) Math.max(1, (waitMillis + 999) / 1000);
                throw ApiErrors.throttling("Aggregation " + running.id() + " of farm " + request.farmId()
                    + " is still in progress; a farm runs one aggregation at a time.", retryAfter);
            }
        }
        byte[] random = new byte[16];
        ids.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        Aggregation aggregation = new Aggregation(id, request.farmId(), request, now.plus(inProgress),
            now.plus(lifetime), compute.get());
        aggregations.put(id, aggregation);
        return aggregation;
    }

    /** The aggregation of that farm, or ResourceNotFoundException when unknown, foreign or expired. */
    synchronized Aggregation get(String farmId, String aggregationId) {
        forgetExpired(clock.instant());
        Aggregation aggregation = aggregations.get(aggregationId);
        if (aggregation == null || !aggregation.farmId().equals(farmId)) {
            throw ApiErrors.notFound("aggregation", aggregationId);
        }
        return aggregation;
    }

    Instant now() {
        return clock.instant();
    }

    private void forgetExpired(Instant now) {
        aggregations.values().removeIf(aggregation -> !now.isBefore(aggregation.expiresAt()));
    }
}
