package com.deadlinecost.service.connection;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;

/**
 * The SDK clients of one connection. Real AWS and the embedded emulator go through the same builders; the
 * emulator only adds an endpoint override, throw-away credentials, and no {@code management.} host prefix
 * (which would turn 127.0.0.1 into an invalid host name).
 */
public final class SdkClients implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private final SdkHttpClient http;
    private final DeadlineClient deadline;
    private final DeadlineClient deadlineSingleAttempt;
    private final IdentitystoreClient identityStore;
    private final SdkHttpClient budgetHttp;
    private final DeadlineClient budgets;
    private final Region identityStoreRegion;

    private SdkClients(Settings settings) {
        this(settings, settings.region());
    }

    // The identity store belongs to IAM Identity Center, which may live in another region than the farm.
    private SdkClients(Settings settings, Region identityStoreRegion) {
        this.identityStoreRegion = identityStoreRegion;
        this.http = UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(SOCKET_TIMEOUT)
            .build();
        // UpdateBudget is an HTTP PATCH, which HttpURLConnection cannot send (JDK-8207840): budgets go through
        // the SDK's Apache client, everything else keeps the small URL-connection client.
        this.budgetHttp = ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT)
            .build();
        try {
            this.deadline = configure(DeadlineClient.builder(), settings).build();
            this.deadlineSingleAttempt = configure(DeadlineClient.builder(), settings.withMaxAttempts(1)).build();
            this.identityStore = configure(IdentitystoreClient.builder(), settings.inRegion(identityStoreRegion))
                .build();
            this.budgets = configure(DeadlineClient.builder(), settings).httpClient(budgetHttp).build();
        } catch (RuntimeException e) {
            http.close();
            budgetHttp.close();
            throw e;
        }
    }

    /** Clients for AWS through a named profile or the default chain, with the SDK's standard retries. */
    public static SdkClients forAws(ConnectionTarget target) {
        AwsCredentialsProvider credentials = target.kind() == ConnectionTarget.Kind.PROFILE
            ? ProfileCredentialsProvider.builder().profileName(target.profile()).build()
            : DefaultCredentialsProvider.builder().build();
        return new SdkClients(new Settings(null, Region.of(target.region()), credentials, RetryMode.STANDARD, 0),
            identityStoreRegion(target, ProfileFile::defaultProfileFile));
    }

    /**
     * Clients for AWS through a given endpoint (a VPC endpoint or a compatible service) with the target's
     * credentials: its named profile, or the default chain. The endpoint is used exactly as given.
     */
    public static SdkClients forEndpoint(ConnectionTarget target, URI endpoint) {
        AwsCredentialsProvider credentials = target.kind() == ConnectionTarget.Kind.PROFILE
            ? ProfileCredentialsProvider.builder().profileName(target.profile()).build()
            : DefaultCredentialsProvider.builder().build();
        return new SdkClients(new Settings(endpoint, Region.of(target.region()), credentials, RetryMode.STANDARD,
            0));
    }

    /** Clients for a named profile of the given profile file, e.g. a test's own config file. */
    public static SdkClients forProfile(ConnectionTarget target, ProfileFile profiles, URI endpoint) {
        AwsCredentialsProvider credentials = ProfileCredentialsProvider.builder().profileFile(profiles)
            .profileName(target.profile()).build();
        return new SdkClients(new Settings(endpoint, Region.of(target.region()), credentials, RetryMode.STANDARD,
            1), identityStoreRegion(target, () -> profiles));
    }

    /**
     * Clients for a local endpoint such as the embedded emulator. They never read {@code ~/.aws}: a damaged or
     * missing AWS config file must not break the demo, which needs none of it.
     */
    public static SdkClients forLocalEndpoint(URI endpoint, RetryMode retryMode, int maxAttempts) {
        StaticCredentialsProvider credentials =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("demo", "demo-secret"));
        Settings settings = new Settings(endpoint, Region.of(ConnectionTarget.DEMO_REGION), credentials, retryMode,
            maxAttempts).withoutProfileFiles();
        try {
            return new SdkClients(settings);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (!AwsFilesAside.isDamagedProfileFile(e)) {
                throw e;
            }
            return AwsFilesAside.whileBuilding(() -> new SdkClients(settings));
        }
    }

    public DeadlineClient deadline() {
        return deadline;
    }

    /**
     * A Deadline client that never retries, for calls whose failures the app handles itself: starting an
     * aggregation while the farm runs another should show "waiting for the farm", not block silently in
     * the SDK's back-off.
     */
    public DeadlineClient deadlineSingleAttempt() {
        return deadlineSingleAttempt;
    }

    public IdentitystoreClient identityStore() {
        return identityStore;
    }

    /** The client for the budget operations: the same settings, on an HTTP client that can send PATCH. */
    public DeadlineClient budgets() {
        return budgets;
    }

    /** The region user names are looked up in: the SSO profile's {@code sso_region}, else the connection's. */
    public String identityStoreRegion() {
        return identityStoreRegion.id();
    }

    /**
     * The {@code sso_region} of the target's profile (directly or through its {@code sso_session}), else the
     * connection's region. A profile file that cannot be read leaves the connection's region.
     */
    static Region identityStoreRegion(ConnectionTarget target, java.util.function.Supplier<ProfileFile> profiles) {
        Region fallback = Region.of(target.region());
        if (target.kind() != ConnectionTarget.Kind.PROFILE) {
            return fallback;
        }
        try {
            ProfileFile file = profiles.get();
            return file.profile(target.profile()).flatMap(profile -> profile.property("sso_region")
                    .or(() -> profile.property("sso_session").flatMap(session -> file.getSection("sso-session",
                        session)).flatMap(section -> section.property("sso_region"))))
                .filter(region -> !region.isBlank()).map(Region::of).orElse(fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        budgets.close();
        budgetHttp.close();
        deadline.close();
        deadlineSingleAttempt.close();
        identityStore.close();
        http.close();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
            Settings settings) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder();
        if (settings.maxAttempts() > 0) {
            override.retryStrategy(retry -> retry.maxAttempts(settings.maxAttempts()));
        } else {
            override.retryStrategy(settings.retryMode());
        }
        if (!settings.readsProfileFiles()) {
            override.defaultProfileFileSupplier(SdkClients::emptyProfileFile).defaultProfileName("default");
        }
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
            override.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true);
        }
        builder.region(settings.region())
            .credentialsProvider(settings.credentials())
            .overrideConfiguration(override.build())
            .httpClient(http);
        return builder;
    }

    private static ProfileFile emptyProfileFile() {
        return ProfileFile.builder().content(InputStream.nullInputStream()).type(ProfileFile.Type.CONFIGURATION)
            .build();
    }

    private record Settings(URI endpoint, Region region, AwsCredentialsProvider credentials, RetryMode retryMode,
                            int maxAttempts, boolean readsProfileFiles) {
        Settings(URI endpoint, Region region, AwsCredentialsProvider credentials, RetryMode retryMode,
                 int maxAttempts) {
            this(endpoint, region, credentials, retryMode, maxAttempts, true);
        }

        Settings withMaxAttempts(int attempts) {
            return new Settings(endpoint, region, credentials, retryMode, attempts, readsProfileFiles);
        }

        Settings withoutProfileFiles() {
            return new Settings(endpoint, region, credentials, retryMode, maxAttempts, false);
        }

        Settings inRegion(Region other) {
            return new Settings(endpoint, other, credentials, retryMode, maxAttempts);
        }
    }
}
