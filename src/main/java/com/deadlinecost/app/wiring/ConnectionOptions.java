package com.deadlinecost.app.wiring;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.SdkGateways;
import java.net.URI;
import picocli.CommandLine.Option;

/**
 * The connection options of the headless commands ({@code --demo | --profile P --region R | --region R |
 * --endpoint URL}), shared by {@code report} and {@code budgets} as a picocli mixin.
 */
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
    private URI endpoint;

    /**
     * The endpoint named by {@code --endpoint}, or null.
     *
     * @throws IllegalArgumentException when it is not a usable http(s) URL without credentials
     */
    public URI endpoint() {
        if (endpoint == null && endpointText != null) {
            endpoint = EndpointUrls.parse(endpointText);
        }
        return endpoint;
    }

    /**
     * The connection the options name, or null when they name none (an endpoint is not a target of its own).
     *
     * @throws IllegalArgumentException when the options contradict each other
     */
    public ConnectionTarget chosenTarget() {
        URI url = endpoint();
        int chosen = (demo ? 1 : 0) + (url != null ? 1 : 0) + (profile != null && url == null ? 1 : 0);
        if (chosen > 1) {
            throw new IllegalArgumentException("Choose one connection: --demo, --profile P --region R, or "
                + "--endpoint URL");
        }
        if (demo) {
            return ConnectionTarget.demo();
        }
        if (profile != null && url == null) {
            if (region == null) {
                throw new IllegalArgumentException("--profile " + profile + " needs --region");
            }
            return ConnectionTarget.profile(profile, region);
        }
        if (region != null && url == null) {
            return ConnectionTarget.defaultChain(region);
        }
        return null;
    }

    /**
     * The connection the options choose; the demo studio when none is given.
     *
     * @throws IllegalArgumentException when the options contradict each other
     */
    public ConnectionTarget target() {
        ConnectionTarget chosen = chosenTarget();
        return chosen != null ? chosen : ConnectionTarget.demo();
    }

    /** Opens {@code target}, or the endpoint when one is named, through the app's gateways. */
    public DeadlineGateway open(DeadlineGateways gateways, ConnectionTarget target) {
        return endpoint() != null ? gateways.openEndpoint(endpoint(), profile, region) : gateways.open(target);
    }

    /** Opens the chosen connection through the app's gateways. */
    public DeadlineGateway open(DeadlineGateways gateways) {
        return open(gateways, target());
    }

    /** The connection in words, without credentials. */
    public String describe() {
        return describe(target());
    }

    /** The connection in words, without credentials, when {@code target} was chosen some other way (a view). */
    public String describe(ConnectionTarget target) {
        return endpoint() != null ? SdkGateways.describeEndpoint(endpoint(), profile, region) : target.describe();
    }
}
