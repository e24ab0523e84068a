package com.deadlinecost.app.wiring;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.SdkGateways;
import java.net.URI;
import picocli.CommandLine.Option;

/** The connection options of the headless commands: {@code --demo | --profile P --region R | --endpoint URL}. */
public final class ConnectionOptions {
    @Option(names = "--demo", description = "Use the embedded demo studio (the default).")
    boolean demo;
    @Option(names = "--profile", paramLabel = "P", description = "Use this AWS profile (with --region).")
    String profile;
    @Option(names = "--region", paramLabel = "R", description = "The AWS region; alone: the default credentials.")
    String region;
    @Option(names = "--endpoint", paramLabel = "URL", description = "Any Deadline Cloud compatible endpoint "
        + "(a VPC endpoint, a running emulator), http:// or https://, without credentials in it.")
    String endpointText;
    URI endpoint;

    /**
     * The connection the options choose; the demo studio when none is given.
     *
     * @throws IllegalArgumentException when the options contradict each other
     */
    public ConnectionTarget target() {
        endpoint = endpointText == null ? null : EndpointUrls.parse(endpointText);
        int chosen = (demo ? 1 : 0) + (endpoint != null ? 1 : 0) + (profile != null && endpoint == null ? 1 : 0);
        if (chosen > 1) {
            throw new IllegalArgumentException("Choose one connection: --demo, --profile P --region R, or "
                + "--endpoint URL");
        }
        if (profile != null && endpoint == null) {
            if (region == null) {
                throw new IllegalArgumentException("--profile " + profile + " needs --region");
            }
            return ConnectionTarget.profile(profile, region);
        }
        if (region != null && endpoint == null) {
            return ConnectionTarget.defaultChain(region);
        }
        return ConnectionTarget.demo();
    }

    /** Opens the chosen connection through the app's gateways. */
    public DeadlineGateway open(DeadlineGateways gateways) {
        ConnectionTarget target = target();
        return endpoint != null ? gateways.openEndpoint(endpoint, profile, region) : gateways.open(target);
    }

    /** The connection in words, without credentials. */
    public String describe() {
        return endpoint != null ? SdkGateways.describeEndpoint(endpoint, profile, region) : target().describe();
    }
}
