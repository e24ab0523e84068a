package com.deadlinecost.emulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The errors of the Deadline Cloud API (camelCase members) and of the identity store (PascalCase members). */
public final class ApiErrors {
    private ApiErrors() {
    }

    /** A request member failed its constraint: reason FIELD_VALIDATION_FAILED with the field named. */
    public static ApiException invalidField(String field, String message) {
        Map<String, Object> members = message(message);
        members.put("reason", "FIELD_VALIDATION_FAILED");
        members.put("fieldList", List.of(Map.of("name", field, "message", message)));
        return new ApiException(400, "ValidationException", members, 0);
    }

    /** A request that could not be understood at all, e.g. malformed JSON, or an invalid page token. */
    public static ApiException validation(String reason, String message) {
        Map<String, Object> members = message(message);
        members.put("reason", reason);
        return new ApiException(400, "ValidationException", members, 0);
    }

    public static ApiException notFound(String resourceType, String resourceId) {
        Map<String, Object> members = message("Resource " + resourceId + " of type " + resourceType
            + " was not found.");
        members.put("resourceId", resourceId);
        members.put("resourceType", resourceType);
        return new ApiException(404, "ResourceNotFoundException", members, 0);
    }

    public static ApiException throttling(String message, int retryAfterSeconds) {
        Map<String, Object> members = message(message);
        members.put("serviceCode", "deadline");
        members.put("retryAfterSeconds", retryAfterSeconds);
        return new ApiException(429, "ThrottlingException", members, retryAfterSeconds);
    }

    /** Without a Retry-After, so the SDK's own short back-off applies. */
    public static ApiException internal(String message) {
        return new ApiException(500, "InternalServerErrorException", message(message), 0);
    }

    public static ApiException accessDenied(String message) {
        return new ApiException(403, "AccessDeniedException", message(message), 0);
    }

    /** What the service answers a request without a SigV4 {@code Authorization} header. */
    public static ApiException missingAuthentication() {
        return new ApiException(403, "AccessDeniedException", message("Missing Authentication Token: the request "
            + "must be signed with AWS Signature Version 4."), 0);
    }

    /** Identity store errors are HTTP 400 with PascalCase members, except its internal error (500). */
    public static ApiException identityStore(String type, String message, Map<String, Object> extra) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("Message", message);
        members.putAll(extra);
        return new ApiException(type.equals("InternalServerException") ? 500 : 400, type, members, 0);
    }

    private static Map<String, Object> message(String message) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("message", message);
        return members;
    }
}
