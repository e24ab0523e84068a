package com.deadlinecost.service.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/** User names are looked up where IAM Identity Center lives, which may not be the farm's region. */
class IdentityStoreRegionTest {
    private static final ProfileFile PROFILES = ProfileFile.builder().type(ProfileFile.Type.CONFIGURATION)
        .content(new ByteArrayInputStream(String.join("\n",
            "[profile legacy-sso]", "sso_region = eu-west-1", "sso_start_url = https://example.awsapps.com/start",
            "region = us-west-2",
            "[profile session-sso]", "sso_session = studio", "region = us-west-2",
            "[sso-session studio]", "sso_region = ap-southeast-2", "sso_start_url = https://example.awsapps.com/start",
            "[profile keys]", "region = us-west-2", "").getBytes(StandardCharsets.UTF_8)))
        .build();

    @Test
    void anSsoProfileLooksUpNamesInItsSsoRegion() {
        assertThat(SdkClients.identityStoreRegion(ConnectionTarget.profile("legacy-sso", "us-west-2"), () -> PROFILES))
            .isEqualTo(Region.EU_WEST_1);
        assertThat(SdkClients.identityStoreRegion(ConnectionTarget.profile("session-sso", "us-west-2"),
            () -> PROFILES)).isEqualTo(Region.AP_SOUTHEAST_2);
    }

    @Test
    void otherConnectionsLookUpNamesInTheirOwnRegion() {
        assertThat(SdkClients.identityStoreRegion(ConnectionTarget.profile("keys", "us-east-2"), () -> PROFILES))
            .isEqualTo(Region.US_EAST_2);
        assertThat(SdkClients.identityStoreRegion(ConnectionTarget.defaultChain("us-east-1"), () -> PROFILES))
            .isEqualTo(Region.US_EAST_1);
    }
}
