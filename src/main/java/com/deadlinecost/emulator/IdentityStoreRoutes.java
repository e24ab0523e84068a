package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.EmulatorRequest;
import com.deadlinecost.emulator.http.JsonBodies;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioUser;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity store's DescribeUser (awsJson1_1: POST / with X-Amz-Target), so the app can show user names for
 * the statistics' user ids. PascalCase members, as that service speaks.
 */
final class IdentityStoreRoutes {
    static final String DESCRIBE_USER = "AWSIdentityStore.DescribeUser";
    private final Studio studio;
    private final String region;

    /** @param region the only region whose identity store holds the studio's users; null: any region */
    IdentityStoreRoutes(Studio studio, String region) {
        this.studio = studio;
        this.region = region;
    }

    /** The region of a SigV4 Authorization header's credential scope ("Credential=KEY/DATE/REGION/..."), or null. */
    static String signingRegion(String authorization) {
        if (authorization == null) {
            return null;
        }
        int credential = authorization.indexOf("Credential=");
        if (credential < 0) {
            return null;
        }
        String[] scope = authorization.substring(credential + "Credential=".length()).split("[,\\s]")[0].split("/");
        return scope.length > 2 ? scope[2] : null;
    }

    ObjectNode handle(EmulatorRequest request, String signingRegion) {
        if (!DESCRIBE_USER.equals(request.amzTarget())) {
            throw ApiErrors.identityStore("UnknownOperationException",
                "The emulator's identity store only answers " + DESCRIBE_USER + ".", Map.of());
        }
        JsonNode body;
        try {
            body = JsonBodies.MAPPER.readTree(request.body());
        } catch (JacksonException e) {
            throw ApiErrors.identityStore("ValidationException", "The request body is not valid JSON.", Map.of());
        }
        String identityStoreId = text(body, "IdentityStoreId");
        String userId = text(body, "UserId");
        if (!studio.identityStoreId().equals(identityStoreId) || region != null && !region.equals(signingRegion)) {
            throw ApiErrors.identityStore("ResourceNotFoundException", "Identity store not found.",
                Map.of("ResourceType", "IDENTITY_STORE", "ResourceId", identityStoreId));
        }
        StudioUser user = studio.user(userId).orElseThrow(() -> ApiErrors.identityStore(
            "ResourceNotFoundException", "User not found.", Map.of("ResourceType", "USER", "ResourceId", userId)));
        ObjectNode answer = JsonBodies.object();
        answer.put("IdentityStoreId", identityStoreId);
        answer.put("UserId", user.userId());
        answer.put("UserName", user.userName());
        answer.put("DisplayName", user.displayName());
        answer.putObject("Name").put("Formatted", user.displayName()).put("GivenName", user.givenName())
            .put("FamilyName", user.familyName());
        answer.putArray("Emails").addObject().put("Value", user.email()).put("Type", "work").put("Primary", true);
        answer.put("UserStatus", "ENABLED");
        return answer;
    }

    private static String text(JsonNode body, String member) {
        JsonNode node = body == null ? null : body.get(member);
        if (node == null || !node.isString() || node.stringValue().isEmpty()) {
            throw ApiErrors.identityStore("ValidationException", member + " is required.", Map.of());
        }
        return node.stringValue();
    }
}
