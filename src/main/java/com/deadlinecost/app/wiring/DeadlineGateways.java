package com.deadlinecost.app.wiring;

import com.deadlinecost.emulator.AggregationFailure;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.GatewayFactory;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkGateways;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's gateways, for the window and for {@code report}. The demo studio is the embedded emulator, started
 * on first use on a free loopback port and kept until {@link #close()}; it is reached through exactly the same
 * SDK client code as AWS ({@link SdkGateways}), with only the endpoint and throw-away credentials differing.
 */
public final class DeadlineGateways implements GatewayFactory, AutoCloseable {
    public static final String FAIL_AGGREGATIONS_PROPERTY = "dce.demo.fail-aggregations";
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineGateways.class);

    private final EmulatorConfig demoConfig;
    private final RunTimings timings;
    private final Clock clock;
    private EmulatorServer demo;

    public DeadlineGateways(EmulatorConfig demoConfig, RunTimings timings, Clock clock) {
        this.demoConfig = demoConfig;
        this.timings = timings;
        this.clock = clock;
    }

    /**
     * The app's gateways: the default demo studio and standard timings. The system property
     * {@code dce.demo.fail-aggregations=FAILED|TIMEOUT} makes every demo aggregation fail that way, to show or
     * reproduce how the app handles it.
     */
    public static DeadlineGateways forApp() {
        EmulatorConfig.Builder demo = EmulatorConfig.builder().inProgress(EmulatorConfig.DEMO_IN_PROGRESS);
        String failure = System.getProperty(FAIL_AGGREGATIONS_PROPERTY);
        if (failure != null && !failure.isBlank()) {
            demo.faults(FaultConfig.none().withFailAggregations(
                AggregationFailure.valueOf(failure.trim().toUpperCase(Locale.ROOT))));
        }
        return new DeadlineGateways(demo.build(), RunTimings.standard(), Clock.systemUTC());
    }

    @Override
    public DeadlineGateway open(ConnectionTarget target) {
        return SdkGateways.open(target, target.kind() == ConnectionTarget.Kind.DEMO ? demoServer().endpoint() : null,
            timings, clock);
    }

    /** Opens a gateway to any endpoint, as {@code report --endpoint} asks. */
    public DeadlineGateway openEndpoint(URI endpoint, String profile, String region) {
        return SdkGateways.openEndpoint(endpoint, profile, region, timings, clock);
    }

    private synchronized EmulatorServer demoServer() {
        if (demo == null) {
            try {
                long started = System.nanoTime();
                demo = EmulatorServer.start(demoConfig);
                LOG.info("Demo studio serving at {} after {} ms", demo.endpoint(),
                    (System.nanoTime() - started) / 1_000_000);
            } catch (IOException e) {
                throw new QueryProblem(QueryProblem.Kind.NETWORK, "The demo studio could not start: "
                    + e.getMessage(), "Another program may block local ports; restart the app and try again.",
                    e.toString(), e);
            }
        }
        return demo;
    }

    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
