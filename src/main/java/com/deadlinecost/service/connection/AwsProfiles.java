package com.deadlinecost.service.connection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The profiles of the user's AWS config and credentials files (honouring AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE), with their region and whether they sign in through IAM Identity Center.
 * Only names and regions are read out; keys stay in the SDK.
 */
public final class AwsProfiles {
    // The sso-session form of IAM Identity Center profiles; ProfileProperty has no constant for it.
    private static final String SSO_SESSION = "sso_session";
    private static final Logger LOG = LoggerFactory.getLogger(AwsProfiles.class);

    /** One profile as the connection picker lists it. */
    public record ProfileSummary(String name, Optional<String> region, boolean singleSignOn) {
    }

    private AwsProfiles() {
    }

    /** The profiles of the default files; an unreadable file yields no profiles and a log line. */
    public static List<ProfileSummary> list() {
        try {
            return summarise(ProfileFile.defaultProfileFile().profiles());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the AWS config files: {}", e.getMessage());
            return List.of();
        }
    }

    /** The profiles of the given config and credentials files (either may be missing). */
    public static List<ProfileSummary> list(Path configFile, Path credentialsFile) {
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        if (configFile != null && configFile.toFile().isFile()) {
            aggregator.addFile(ProfileFile.builder().content(configFile).type(ProfileFile.Type.CONFIGURATION).build());
        }
        if (credentialsFile != null && credentialsFile.toFile().isFile()) {
            aggregator.addFile(ProfileFile.builder().content(credentialsFile)
                .type(ProfileFile.Type.CREDENTIALS).build());
        }
        return summarise(aggregator.build().profiles());
    }

    private static List<ProfileSummary> summarise(Map<String, Profile> profiles) {
        List<ProfileSummary> result = new ArrayList<>();
        for (Profile profile : profiles.values()) {
            boolean sso = profile.property(ProfileProperty.SSO_START_URL).isPresent()
                || profile.property(SSO_SESSION).isPresent();
            result.add(new ProfileSummary(profile.name(), profile.property(ProfileProperty.REGION), sso));
        }
        result.sort(Comparator.comparing(ProfileSummary::name));
        return List.copyOf(result);
    }
}
