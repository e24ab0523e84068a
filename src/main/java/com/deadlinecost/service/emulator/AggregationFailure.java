package com.deadlinecost.service.emulator;

/** The terminal states an aggregation can end in instead of COMPLETED. */
public enum AggregationFailure {
    FAILED,
    TIMEOUT
}
