package com.deadlinecost.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults the emulator injects, for tests and for reproducing field problems. Rates are shares of requests (0-1)
 * drawn from a seeded random source, so the same seed and request order replay the same failures.
 *
 * @param throttleRate share of requests answered with ThrottlingException
 * @param errorRate share of requests answered with InternalServerErrorException
 * @param dropRate share of requests whose connection is closed without an answer
 * @param latency added before every answer
 * @param failAggregations when set, every aggregation ends in this state
 * @param tokenTtl how long a page token stays valid (the service: 24 hours)
 */
public record FaultConfig(
    long seed,
    double throttleRate,
    double errorRate,
    double dropRate,
    Duration latency,
    AggregationFailure failAggregations,
    Duration tokenTtl) {

    public static final Duration SERVICE_TOKEN_TTL = Duration.ofHours(24);

    public FaultConfig {
        checkRate("throttleRate", throttleRate);
        checkRate("errorRate", errorRate);
        checkRate("dropRate", dropRate);
        if (throttleRate + errorRate + dropRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("throttle, error and drop rates must add up to at most 1");
        }
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        if (latency.isNegative() || tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("latency must not be negative and tokenTtl must be positive");
        }
    }

    /** No faults: the service's behaviour. */
    public static FaultConfig none() {
        return new FaultConfig(0L, 0, 0, 0, Duration.ZERO, null, SERVICE_TOKEN_TTL);
    }

    public FaultConfig withSeed(long value) {
        return new FaultConfig(value, throttleRate, errorRate, dropRate, latency, failAggregations, tokenTtl);
    }

    public FaultConfig withThrottleRate(double value) {
        return new FaultConfig(seed, value, errorRate, dropRate, latency, failAggregations, tokenTtl);
    }

    public FaultConfig withErrorRate(double value) {
        return new FaultConfig(seed, throttleRate, value, dropRate, latency, failAggregations, tokenTtl);
    }

    public FaultConfig withDropRate(double value) {
        return new FaultConfig(seed, throttleRate, errorRate, value, latency, failAggregations, tokenTtl);
    }

    public FaultConfig withLatency(Duration value) {
        return new FaultConfig(seed, throttleRate, errorRate, dropRate, value, failAggregations, tokenTtl);
    }

    public FaultConfig withFailAggregations(AggregationFailure value) {
        return new FaultConfig(seed, throttleRate, errorRate, dropRate, latency, value, tokenTtl);
    }

    public FaultConfig withTokenTtl(Duration value) {
        return new FaultConfig(seed, throttleRate, errorRate, dropRate, latency, failAggregations, value);
    }

    private static void checkRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, not " + rate);
        }
    }
}
