package com.deadlinecost.app.report;

/** A report argument that names something the connection does not have, e.g. an unknown farm or queue. */
public final class ReportArgumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportArgumentException(String message) {
        super(message);
    }
}
