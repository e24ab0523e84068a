package com.deadlinecost.emulator.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, signed page tokens. A token names its scope (an aggregation, or a list and its farm), the offset of the
 * next page and when it was issued; the signature makes a garbage or edited token detectable, the scope a foreign
 * one, the issue time an expired one. All three are a ValidationException, as in the service.
 */
public final class PageTokens {
    private final byte[] secret;
    private final Clock clock;
    private final Duration ttl;

    public PageTokens(byte[] secret, Clock clock, Duration ttl) {
        this.secret = secret.clone();
        this.clock = clock;
        this.ttl = ttl;
    }

    /** One page of {@code items} after {@code nextToken} (null for the first page). */
    public <T> Page<T> page(List<T> items, String scope, String nextToken, int maxResults) {
        int from = nextToken == null ? 0 : offset(nextToken, scope);
        int to = Math.min(items.size(), from + maxResults);
        String next = to < items.size() ? issue(scope, to) : null;
        return new Page<>(items.subList(Math.min(from, to), to), next);
    }

    public String issue(String scope, int offset) {
        byte[] scopeBytes = scope.getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(12 + scopeBytes.length);
        payload.putInt(offset).putLong(clock.millis()).put(scopeBytes);
        byte[] body = payload.array();
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(body) + "." + encoder.encodeToString(sign(body));
    }

    /** The offset a token points at, after checking signature, scope and age. */
    public int offset(String token, String scope) {
        byte[] body;
        byte[] signature;
        try {
            int dot = token.indexOf('.');
            body = Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0)));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException ignored) {
            throw invalid("The nextToken is not a token this service issued.");
        }
        if (body.length < 12 || !MessageDigest.isEqual(signature, sign(body))) {
            throw invalid("The nextToken is not a token this service issued.");
        }
        ByteBuffer payload = ByteBuffer.wrap(body);
        int offset = payload.getInt();
        long issuedAt = payload.getLong();
        String tokenScope = new String(body, 12, body.length - 12, StandardCharsets.UTF_8);
        if (!tokenScope.equals(scope)) {
            throw invalid("The nextToken belongs to a different request; start again without a nextToken.");
        }
        if (clock.millis() - issuedAt >= ttl.toMillis()) {
            throw invalid("The nextToken has expired; start again without a nextToken.");
        }
        return offset;
    }

    private static ApiException invalid(String message) {
        return ApiErrors.invalidField("nextToken", message);
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Items of one page and the token of the next, null on the last page. */
    public record Page<T>(List<T> items, String nextToken) {
    }
}
