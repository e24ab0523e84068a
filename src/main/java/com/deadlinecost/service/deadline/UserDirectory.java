package com.deadlinecost.service.deadline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.deadline.model.FarmMember;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.DescribeUserResponse;

/**
 * Turns the IAM Identity Center user ids of a farm's members into names. A user the identity store will
 * not describe (no permission, deleted user) keeps their id; the look-up never fails a query.
 */
final class UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

    private static final int ATTEMPTS_AFTER_SDK_RETRIES = 4;
    private final IdentitystoreClient identityStore;

    UserDirectory(IdentitystoreClient identityStore) {
        this.identityStore = identityStore;
    }

    Map<String, String> names(List<FarmMember> users) {
        Map<String, String> names = new LinkedHashMap<>();
        for (FarmMember member : users) {
            String name = name(member);
            if (name != null) {
                names.put(member.principalId(), name);
            }
        }
        return names;
    }

    /**
     * The member's name, or null when the identity store will not give one. A flaky network or a throttled store
     * gets more chances than the SDK's own retries: a name lost to a transient error would show as an id.
     */
    private String name(FarmMember member) {
        for (int attempt = 1; ; attempt++) {
            try {
                DescribeUserResponse user = identityStore.describeUser(request -> request
                    .identityStoreId(member.identityStoreId()).userId(member.principalId()));
                return firstNonBlank(user.displayName(), user.userName());
            } catch (SdkException e) {
                if (!transientFailure(e) || attempt >= ATTEMPTS_AFTER_SDK_RETRIES) {
                    LOG.info("No name for user {}: {}", member.principalId(), e.getMessage());
                    return null;
                }
            }
        }
    }

    private static boolean transientFailure(SdkException error) {
        if (error instanceof AwsServiceException) {
            int status = ((AwsServiceException) error).statusCode();
            return status >= 500 || status == 429 || ((AwsServiceException) error).isThrottlingException();
        }
        return error instanceof SdkClientException;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
