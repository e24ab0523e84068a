package com.deadlinecost.emulator.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer: HTTP status, the error type the SDK maps to its typed exception, and the members of the error
 * shape (the message among them). Thrown by route handlers, written by the server.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final transient Map<String, Object> members;
    private final int retryAfterSeconds;

    ApiException(int status, String type, Map<String, Object> members, int retryAfterSeconds) {
        super(type + ": " + members);
        this.status = status;
        this.type = type;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The body members besides {@code __type}, in order. */
    public Map<String, Object> members() {
        return members;
    }

    /** Seconds for a {@code Retry-After} header, or 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
