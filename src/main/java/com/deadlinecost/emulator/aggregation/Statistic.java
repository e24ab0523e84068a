package com.deadlinecost.emulator.aggregation;

/** The {@code statistics} values: which of min/max/avg/sum appear for cost and run time. */
public enum Statistic {
    SUM,
    MIN,
    MAX,
    AVG
}
