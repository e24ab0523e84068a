package com.deadlinecost.service.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkDeadlineGateway;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.profiles.ProfileFile;

/** What a farm admin is told when a connection cannot work, with the real SDK and real files. */
class ConnectionFailuresTest {
    @TempDir
    Path folder;

    @Test
    void anSsoProfileWithoutASignInSaysToRunAwsSsoLogin() throws IOException {
        Path config = folder.resolve("config");
        Files.writeString(config, "[profile studio-admin]\nsso_start_url = https://example.awsapps.com/start\n"
            + "sso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = FarmOwner\n"
            + "region = us-west-2\n");
        ProfileFile profiles = ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build();
        ConnectionTarget target = ConnectionTarget.profile("studio-admin", "us-west-2");
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().sessions(1_000)
                .inProgress(Duration.ZERO).build());
             SdkDeadlineGateway gateway = new SdkDeadlineGateway(target,
                 SdkClients.forProfile(target, profiles, server.endpoint()), RunTimings.fast(), Clock.systemUTC())) {

            assertThatThrownBy(gateway::farms).isInstanceOfSatisfying(QueryProblem.class, problem -> {
                assertThat(problem.kind()).as(problem.getMessage() + " | " + problem.details())
                    .isEqualTo(QueryProblem.Kind.SIGN_IN_REQUIRED);
                assertThat(problem.advice()).contains("aws sso login --profile studio-admin").contains("Retry");
                assertThat(problem.retryable()).isTrue();
            });
        }
    }

    @Test
    void anUnreachableEndpointSaysWhichRegionCouldNotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = socket.getLocalPort();
        }
        ConnectionTarget target = ConnectionTarget.demo();
        try (SdkDeadlineGateway gateway = new SdkDeadlineGateway(target, SdkClients.forLocalEndpoint(
                URI.create("http://127.0.0.1:" + closedPort), RetryMode.STANDARD, 1), RunTimings.fast(),
                Clock.systemUTC())) {

            assertThatThrownBy(gateway::farms).isInstanceOfSatisfying(QueryProblem.class, problem -> {
                assertThat(problem.kind()).isEqualTo(QueryProblem.Kind.NETWORK);
                assertThat(problem.getMessage()).startsWith("Cannot reach the demo studio");
            });
        }
    }

    @Test
    void profilesAreListedWithRegionAndSignInKindButNoSecrets() throws IOException {
        Path config = folder.resolve("config");
        Path credentials = folder.resolve("credentials");
        Files.writeString(config, "[default]\nregion = eu-west-1\n[profile sso-dev]\nsso_session = corp\n"
            + "sso_account_id = 1\nsso_role_name = R\n[sso-session corp]\nsso_start_url = https://x\n"
            + "sso_region = us-east-1\n");
        Files.writeString(credentials, "[keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s3cr3t\n");

        List<AwsProfiles.ProfileSummary> profiles = AwsProfiles.list(config, credentials);

        assertThat(profiles).extracting(AwsProfiles.ProfileSummary::name).containsExactly("default", "keys", "sso-dev");
        assertThat(profiles.get(0).region()).contains("eu-west-1");
        assertThat(profiles.get(2).singleSignOn()).isTrue();
        assertThat(profiles.toString()).doesNotContain("s3cr3t").doesNotContain("AKIAEXAMPLE");
    }

    @Test
    void theDemoConnectionStartsTheEmbeddedStudioOnFirstUse() {
        try (DeadlineGateways gateways = new DeadlineGateways(EmulatorConfig.builder()
                .now(Instant.parse("2026-03-18T10:00:00Z")).sessions(2_000).inProgress(Duration.ZERO).build(),
                RunTimings.fast(), Clock.systemUTC())) {
            List<String> farms = gateways.open(ConnectionTarget.demo()).farms().stream()
                .map(farm -> farm.displayName()).toList();

            assertThat(farms).contains("Harbor Lights Feature", "Tidewater Episodic", "Pipeline R&D");
        }
    }
}
