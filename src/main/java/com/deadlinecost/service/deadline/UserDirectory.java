package com.deadlinecost.service.deadline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final IdentitystoreClient identityStore;

    UserDirectory(IdentitystoreClient identityStore) {
        this.identityStore = identityStore;
    }

    Map<String, String> names(List<FarmMember> users) {
        Map<String, String> names = new LinkedHashMap<>();
        for (FarmMember member : users) {
            try {
                DescribeUserResponse user = identityStore.describeUser(request -> request
                    .identityStoreId(member.identityStoreId()).userId(member.principalId()));
                String name = firstNonBlank(user.displayName(), user.userName());
                if (name != null) {
                    names.put(member.principalId(), name);
                }
            } catch (SdkException e) {
                LOG.info("No name for user {}: {}", member.principalId(), e.getMessage());
            }
        }
        return names;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
