package com.deadlinecost.service.deadline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.deadline.model.FarmMember;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.DescribeUserResponse;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;

/**
 * Turns the IAM Identity Center user ids of a farm's members into names. Transient failures are tried again like
 * the data; a user the identity store will not describe keeps their id, and the look-up never fails a query. What
 * could not be named is said in words: once for a region or permission problem (which hits every user), else per
 * user.
 */
final class UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

    private final IdentitystoreClient identityStore;
    private final TransientRetry retry;
    private final String region;

    /** What the look-up found: names by user id, and a sentence per thing it could not name. */
    record Lookup(Map<String, String> names, List<String> problems) {
    }

    UserDirectory(IdentitystoreClient identityStore, TransientRetry retry, String region) {
        this.identityStore = identityStore;
        this.retry = retry;
        this.region = region;
    }

    Lookup names(List<FarmMember> users) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (FarmMember member : users) {
            try {
                DescribeUserResponse user = retry.call(() -> identityStore.describeUser(request -> request
                    .identityStoreId(member.identityStoreId()).userId(member.principalId())));
                String name = firstNonBlank(user.displayName(), user.userName());
                if (name != null) {
                    names.put(member.principalId(), name);
                }
            } catch (SdkException e) {
                LOG.info("No name for user {}: {}", member.principalId(), e.getMessage());
                if (isRegionOrPermission(e)) {
                    return new Lookup(names, List.of(storeProblem(e)));
                }
                unnamed.add(member.principalId() + " (" + reason(e) + ")");
            }
        }
        List<String> problems = unnamed.isEmpty() ? List.of()
            : List.of("Could not name " + unnamed.size() + (unnamed.size() == 1 ? " user" : " users")
                + ", shown by id: " + String.join(", ", unnamed) + ".");
        return new Lookup(names, problems);
    }

    // Access denied, or an identity store that is not in this region: every other user would fail the same way.
    private static boolean isRegionOrPermission(SdkException e) {
        if (e instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) e;
            String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
            boolean missingStore = e instanceof ResourceNotFoundException && e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("identity store");
            return service.statusCode() == 403 || "AccessDeniedException".equals(code) || missingStore;
        }
        return false;
    }

    private String storeProblem(SdkException e) {
        return "User names could not be read from the IAM Identity Center identity store in " + region + " ("
            + reason(e) + "), so users are shown by id. Give the profile identitystore:DescribeUser, or set "
            + "sso_region in the profile to the region of your IAM Identity Center.";
    }

    private static String reason(SdkException e) {
        if (e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null) {
            AwsServiceException service = (AwsServiceException) e;
            String message = service.awsErrorDetails().errorMessage();
            return service.awsErrorDetails().errorCode() + (message == null ? "" : ": " + message);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
