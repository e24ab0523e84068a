package com.deadlinecost.emulator.aggregation;

/** An aggregation would produce more rows than the emulator's configured result-size limit. */
public final class ResultTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int rowLimit;

    public ResultTooLargeException(int rowLimit) {
        super("The result would exceed " + rowLimit + " rows");
        this.rowLimit = rowLimit;
    }

    public int rowLimit() {
        return rowLimit;
    }
}
