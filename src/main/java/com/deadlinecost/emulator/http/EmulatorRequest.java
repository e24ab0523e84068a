package com.deadlinecost.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request as the routes see it: method, path, decoded query parameters, the JSON target header of the
 * awsJson protocols, the body, and the {@code X-Amz-Client-Token} idempotency header (null when absent).
 */
public record EmulatorRequest(String method, String path, Map<String, String> query, String amzTarget, byte[] body,
    String clientToken) {

    public EmulatorRequest {
        query = Map.copyOf(query);
        body = body.clone();
    }

    /** A request without an {@code X-Amz-Client-Token} header. */
    public EmulatorRequest(String method, String path, Map<String, String> query, String amzTarget, byte[] body) {
        this(method, path, query, amzTarget, body, null);
    }

    public static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                query.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiErrors.validation("CANNOT_PARSE", "The query string is not URL-encoded correctly.");
            }
        }
        return query;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** {@code maxResults} checked as the service does (1-100), or {@code fallback} when absent. */
    public int maxResults(int fallback) {
        String raw = query.get("maxResults");
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range number
        }
        throw ApiErrors.invalidField("maxResults", "maxResults must be a number from 1 to 100, not '" + raw + "'.");
    }

    public String queryValue(String name) {
        return query.get(name);
    }
}
