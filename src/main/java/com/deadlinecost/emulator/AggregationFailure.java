package com.deadlinecost.emulator;

/** The terminal states an aggregation can end in instead of COMPLETED. */
public enum AggregationFailure {
    FAILED,
    TIMEOUT
}
