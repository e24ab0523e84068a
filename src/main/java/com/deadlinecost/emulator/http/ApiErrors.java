package com.deadlinecost.emulator.http;

import java.util.ArrayList;
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

    /**
     * Several request members failed their constraints: one ValidationException naming each field, the way the
     * service reports a body with more than one problem.
     *
     * @param fields field name to message, in the order found
     */
    public static ApiException invalidFields(Map<String, String> fields) {
        Map<String, Object> members = message(String.join(" ", fields.values()));
        members.put("reason", "FIELD_VALIDATION_FAILED");
        List<Map<String, String>> list = new ArrayList<>();
        fields.forEach((name, text) -> list.add(Map.of("name", name, "message", text)));
        members.put("fieldList", list);
        return new ApiException(400, "ValidationException", members, 0);
    }

    /** A create past a per-farm limit (HTTP 402, as the service answers). */
    public static ApiException quotaExceeded(String resourceType, String quotaCode, String message) {
        Map<String, Object> members = message(message);
        members.put("reason", "SERVICE_QUOTA_EXCEEDED_EXCEPTION");
        members.put("resourceType", resourceType);
        members.put("serviceCode", "deadline");
        members.put("quotaCode", quotaCode);
        return new ApiException(402, "ServiceQuotaExceededException", members, 0);
    }

    /** The request conflicts with the resource's state or an earlier request with the same client token. */
    public static ApiException conflict(String reason, String resourceType, String resourceId, String message) {
        Map<String, Object> members = message(message);
        members.put("reason", reason);
        members.put("resourceId", resourceId);
        members.put("resourceType", resourceType);
        return new ApiException(409, "ConflictException", members, 0);
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
