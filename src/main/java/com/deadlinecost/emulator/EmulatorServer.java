package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ServiceErrorHandler;
import com.deadlinecost.emulator.studio.Studio;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local Deadline Cloud API emulator: an embedded Jetty server on the loopback address, serving a {@link Studio}
 * the way the Deadline Cloud and identity store services answer the AWS SDK.
 *
 * <p>Jetty rather than the JDK's server: a connection that sends nothing for {@link #IDLE_TIMEOUT} is closed, the
 * thread pool grows with the load instead of four workers that four slow clients could block, requests it cannot
 * parse are answered in the service's error shape (see {@link ServiceErrorHandler}), and TCP_NODELAY is set per
 * connector, not through a JVM-wide system property.
 *
 * <pre>{@code
 * try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().build())) {
 *     DeadlineClient.builder().endpointOverride(server.endpoint())...
 * }
 * }</pre>
 */
public final class EmulatorServer implements AutoCloseable {
    /** How long a connection may stay silent, between requests or within one, before it is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_THREADS = 64;
    private static final int MIN_THREADS = 4;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private final Server server;
    private final EmulatorHandler handler;
    private final ServerConnector connector;
    private final Studio studio;
    private final int port;

    private EmulatorServer(Server server, ServerConnector connector, Studio studio, EmulatorHandler handler) {
        this.server = server;
        this.handler = handler;
        this.connector = connector;
        this.studio = studio;
        // Kept: Jetty forgets the port once stopped, and tests restart a server on the port of a closed one.
        this.port = connector.getLocalPort();
    }

    /** Generates or takes the studio, binds to 127.0.0.1 on the configured (or a free) port and starts serving. */
    public static EmulatorServer start(EmulatorConfig config) throws IOException {
        Studio studio = config.studio();
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("deadline-emulator");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        // Without TCP_NODELAY every small JSON answer waits ~40 ms for Nagle's algorithm and a delayed ACK.
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.setErrorHandler(new ServiceErrorHandler());
        EmulatorHandler handler = new EmulatorHandler(studio, config);
        server.setHandler(handler);
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("The emulator could not start on port " + config.port() + ": " + e.getMessage(), e);
        }
        return new EmulatorServer(server, connector, studio, handler);
    }

    /** {@code http://127.0.0.1:PORT}, for the SDK's {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return port;
    }

    /** The data served, e.g. for {@code SessionAggregator.aggregate(studio().sessions(), request)}. */
    public Studio studio() {
        return studio;
    }

    /** How many StartSessionsStatisticsAggregation and GetSessionsStatisticsAggregation calls were answered. */
    public AggregationCallCounts aggregationCalls() {
        return handler.aggregationCalls();
    }

    /** Stops serving at once and releases the port. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // Stopping releases the port and threads; a failure to stop cleanly leaves nothing the caller can do.
        }
    }
}
