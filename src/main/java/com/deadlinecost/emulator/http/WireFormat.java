package com.deadlinecost.emulator.http;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** The bytes of answers on the wire: JSON bodies, and errors with {@code __type} beside their members. */
public final class WireFormat {
    public static final String DEADLINE_JSON = "application/json";
    public static final String AWS_JSON_1_1 = "application/x-amz-json-1.1";
    public static final String ERROR_TYPE_HEADER = "X-Amzn-ErrorType";
    private static final int HTTP_VERSION_NOT_SUPPORTED = 505;

    private WireFormat() {
    }

    /** The body of an error answer: {@code {"__type": ..., "message": ..., ...}}. */
    public static byte[] errorBody(ApiException error) {
        ObjectNode body = JsonBodies.object();
        body.put("__type", error.type());
        error.members().forEach((name, value) -> body.set(name, JsonBodies.MAPPER.valueToTree(value)));
        return JsonBodies.MAPPER.writeValueAsBytes(body);
    }

    /**
     * The service's error for an HTTP-level failure the server met before any route saw the request (a malformed
     * request line or URI, headers too large, a client too slow): a client error is a ValidationException that
     * could not be parsed, a server error an internal one.
     */
    public static ApiException forHttpStatus(int status, String reason) {
        String message = "The request could not be read"
            + (reason == null || reason.isBlank() ? "." : ": " + reason + ".");
        // 505: a request line whose version is garbage; the client's fault like any other unparsable request.
        if (status >= 500 && status != HTTP_VERSION_NOT_SUPPORTED) {
            return new ApiException(status, "InternalServerErrorException", Map.of("message", message), 0);
        }
        ApiException validation = ApiErrors.validation("CANNOT_PARSE", message);
        return new ApiException(status >= 400 && status < 500 ? status : 400, validation.type(), validation.members(),
            0);
    }
}
