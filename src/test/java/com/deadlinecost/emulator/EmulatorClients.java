package com.deadlinecost.emulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;

/**
 * Real SDK clients pointed at a local emulator: static fake credentials, no {@code management.} host prefix, the
 * URL-connection HTTP client, and one attempt so that tests expecting errors do not back off for seconds.
 */
public final class EmulatorClients {
    /** An Authorization header of SigV4's form, for tests that send raw HTTP; the emulator checks only the form. */
    public static final String FAKE_SIGV4 = "AWS4-HMAC-SHA256 Credential=AKIDEMULATOR/20250601/us-west-2/deadline/"
        + "aws4_request, SignedHeaders=host, Signature=0000";
    private static final StaticCredentialsProvider CREDENTIALS =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEMULATOR", "emulator-secret"));

    private EmulatorClients() {
    }

    public static DeadlineClient deadline(URI endpoint) {
        return deadline(endpoint, 1);
    }

    public static DeadlineClient deadline(URI endpoint, int maxAttempts) {
        return DeadlineClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_WEST_2)
            .credentialsProvider(CREDENTIALS)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(override(maxAttempts))
            .build();
    }

    /**
     * A client on the SDK's Apache HTTP client, as the app uses for budgets: UpdateBudget is a PATCH, which the
     * URL-connection client cannot send.
     */
    public static DeadlineClient budgets(URI endpoint) {
        return DeadlineClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_WEST_2)
            .credentialsProvider(CREDENTIALS)
            .httpClientBuilder(ApacheHttpClient.builder())
            .overrideConfiguration(override(1))
            .build();
    }

    public static IdentitystoreClient identityStore(URI endpoint) {
        return IdentitystoreClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_WEST_2)
            .credentialsProvider(CREDENTIALS)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(override(1))
            .build();
    }

    private static ClientOverrideConfiguration override(int maxAttempts) {
        return ClientOverrideConfiguration.builder()
            .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true)
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build())
            .build();
    }
}
