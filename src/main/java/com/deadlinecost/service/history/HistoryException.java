package com.deadlinecost.service.history;

/** A history operation that failed, with a message for the user that says what happened and what to do. */
public final class HistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryException(String message) {
        super(message);
    }
}
