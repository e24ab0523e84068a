package com.deadlinecost.service.deadline;

import java.util.Objects;

/**
 * A failure described for a farm admin: what went wrong, what to do about it, and the technical details
 * (service error code, request id) for a support ticket. Never carries credentials.
 */
public final class QueryProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The families of failure the UI treats differently. */
    public enum Kind {
        SIGN_IN_REQUIRED, ACCESS_DENIED, NOT_FOUND, INVALID_REQUEST, RESULT_TOO_LARGE, FARM_BUSY, SERVICE_ERROR,
        NETWORK, MALFORMED_RESPONSE,
        /** The AWS config or credentials file is damaged, or names no such profile. */
        AWS_CONFIGURATION
    }

    private final Kind kind;
    private final String advice;
    private final String details;

    public QueryProblem(Kind kind, String message, String advice, String details, Throwable cause) {
        super(Objects.requireNonNull(message), cause);
        this.kind = Objects.requireNonNull(kind);
        this.advice = advice == null ? "" : advice;
        this.details = details == null ? "" : details;
    }

    public Kind kind() {
        return kind;
    }

    /** What the user can do, as one or two sentences. */
    public String advice() {
        return advice;
    }

    /** Technical details shown on demand. */
    public String details() {
        return details;
    }

    /** Whether trying the same request again may help. */
    public boolean retryable() {
        return kind == Kind.FARM_BUSY || kind == Kind.SERVICE_ERROR || kind == Kind.NETWORK
            || kind == Kind.SIGN_IN_REQUIRED || kind == Kind.AWS_CONFIGURATION;
    }
}
