package com.deadlinecost.emulator;

import com.deadlinecost.emulator.studio.Studio;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local Deadline Cloud API emulator: the JDK's HTTP server on the loopback address, serving a {@link Studio}
 * the way the Deadline Cloud and identity store services answer the AWS SDK.
 *
 * <pre>{@code
 * try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().build())) {
 *     DeadlineClient.builder().endpointOverride(server.endpoint())...
 * }
 * }</pre>
 */
public final class EmulatorServer implements AutoCloseable {
    private static final int THREADS = 4;
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";
    private final HttpServer server;
    private final ExecutorService executor;
    private final Studio studio;

    private EmulatorServer(HttpServer server, ExecutorService executor, Studio studio) {
        this.server = server;
        this.executor = executor;
        this.studio = studio;
    }

    /** Generates or takes the studio, binds to 127.0.0.1 on the configured (or a free) port and starts serving. */
    public static EmulatorServer start(EmulatorConfig config) throws IOException {
        // Without TCP_NODELAY every small JSON answer waits ~40 ms for Nagle's algorithm and a delayed ACK.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        Studio studio = config.studio();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port());
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "deadline-emulator-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new EmulatorHandler(studio, config));
        server.setExecutor(executor);
        server.start();
        return new EmulatorServer(server, executor, studio);
    }

    /** {@code http://127.0.0.1:PORT}, for the SDK's {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The data served, e.g. for {@code SessionAggregator.aggregate(studio().sessions(), request)}. */
    public Studio studio() {
        return studio;
    }

    /** Stops serving at once and releases the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
