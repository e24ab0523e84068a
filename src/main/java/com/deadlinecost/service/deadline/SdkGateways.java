package com.deadlinecost.service.deadline;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Opens SDK-backed gateways for every kind of connection: AWS through a profile or the default chain, the
 * demo studio, and any Deadline Cloud compatible endpoint (a VPC endpoint, a running emulator). A loopback
 * endpoint is a local emulator and gets throw-away static credentials; any other endpoint signs with the named
 * AWS profile ({@code default} when none is given), since only real AWS credentials make sense there.
 */
public final class SdkGateways {

    private SdkGateways() {
    }

    /** Opens {@code target}; a demo target is served by the emulator at {@code demoEndpoint}. */
    public static DeadlineGateway open(ConnectionTarget target, URI demoEndpoint, RunTimings timings, Clock clock) {
        if (target.kind() == ConnectionTarget.Kind.DEMO) {
            return local(target, demoEndpoint, timings, clock);
        }
        try {
            return new SdkDeadlineGateway(target, SdkClients.forAws(target), timings, clock);
        } catch (RuntimeException e) {
            // Building a client reads the AWS config file; a damaged one is named here, not as a stack trace.
            throw SdkErrors.translate(e, target);
        }
    }

    /** Whether {@code endpoint} points at this machine. */
    public static boolean isLoopback(URI endpoint) {
        try {
            return endpoint.getHost() != null && InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Opens a gateway to {@code endpoint}; {@code profile} and {@code region} apply to non-loopback ones.
     *
     * @throws IllegalArgumentException when a non-loopback endpoint has no region
     */
    public static DeadlineGateway openEndpoint(URI endpoint, String profile, String region, RunTimings timings,
                                               Clock clock) {
        if (isLoopback(endpoint)) {
            return local(ConnectionTarget.demo(), endpoint, timings, clock);
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("--endpoint " + endpoint + " needs --region, the region it serves.");
        }
        ConnectionTarget target = profile == null ? ConnectionTarget.defaultChain(region)
            : ConnectionTarget.profile(profile, region);
        try {
            return new SdkDeadlineGateway(target, SdkClients.forEndpoint(target, endpoint), timings, clock);
        } catch (RuntimeException e) {
            throw SdkErrors.translate(e, target);
        }
    }

    /** The endpoint connection in words for messages and export metadata, without credentials. */
    public static String describeEndpoint(URI endpoint, String profile, String region) {
        if (isLoopback(endpoint)) {
            return "Endpoint " + endpoint;
        }
        return "Endpoint " + endpoint + (profile == null ? " with the default AWS credentials" : " with AWS profile "
            + profile) + " in " + region;
    }

    private static DeadlineGateway local(ConnectionTarget target, URI endpoint, RunTimings timings, Clock clock) {
        return new SdkDeadlineGateway(target, SdkClients.forLocalEndpoint(endpoint, RetryMode.STANDARD, 0), timings,
            clock);
    }
}
