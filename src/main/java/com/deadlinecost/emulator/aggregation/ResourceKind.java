package com.deadlinecost.emulator.aggregation;

/** Which member of the {@code resourceIds} union a request used. */
public enum ResourceKind {
    QUEUE,
    FLEET
}
