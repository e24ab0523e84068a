package com.deadlinecost.service.export.report;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkDeadlineGateway;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Gateways to any Deadline Cloud compatible endpoint (a VPC endpoint, a running emulator). A loopback
 * endpoint is a local emulator and gets throw-away static credentials; any other endpoint signs with the
 * named AWS profile ({@code default} when none is given), since only real AWS credentials make sense there.
 */
public final class EndpointGateways {

    private EndpointGateways() {
    }

    /** Whether {@code endpoint} points at this machine. */
    public static boolean isLoopback(URI endpoint) {
        try {
            return endpoint.getHost() != null && InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Opens a gateway to {@code endpoint}; {@code profile} and {@code region} apply to non-loopback ones. */
    public static DeadlineGateway open(URI endpoint, String profile, String region, RunTimings timings,
                                       Clock clock) {
        if (isLoopback(endpoint)) {
            return new SdkDeadlineGateway(ConnectionTarget.demo(),
                SdkClients.forLocalEndpoint(endpoint, RetryMode.STANDARD, 0), timings, clock);
        }
        if (region == null || region.isBlank()) {
            throw new ReportArgumentException("--endpoint " + endpoint + " needs --region, the region it serves.");
        }
        ConnectionTarget target = profile == null ? ConnectionTarget.defaultChain(region)
            : ConnectionTarget.profile(profile, region);
        return new SdkDeadlineGateway(target, SdkClients.forEndpoint(target, endpoint), timings, clock);
    }

    /** The connection in words for messages and export metadata, without credentials. */
    public static String describe(URI endpoint, String profile, String region) {
        if (isLoopback(endpoint)) {
            return "Endpoint " + endpoint;
        }
        return "Endpoint " + endpoint + (profile == null ? " with the default AWS credentials" : " with AWS profile "
            + profile) + " in " + region;
    }
}
