package com.deadlinecost.app.emulator;

import com.deadlinecost.emulator.AggregationFailure;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.LargeStudioGenerator;
import com.deadlinecost.emulator.studio.SessionCsv;
import com.deadlinecost.emulator.studio.SessionFileException;
import com.deadlinecost.emulator.studio.SessionFileStudio;
import com.deadlinecost.service.platform.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code deadline-cost-explorer emulator}: serves the local Deadline Cloud API emulator until interrupted and prints
 * exactly one line on standard output, {@code endpoint: http://127.0.0.1:PORT}.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
    description = "Serve the local Deadline Cloud API emulator with the demo studio.")
public final class EmulatorCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;
    /** The demo studio's history (a year or two before --now) must fit in the times the emulator serves. */
    static final Instant EARLIEST_NOW = Instant.parse("2005-01-01T00:00:00Z");
    static final Instant LATEST_NOW = Instant.parse("2190-01-01T00:00:00Z");

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", description = "Port on 127.0.0.1; 0 (default) picks a free one.")
    private int port;

    @Option(names = "--seed", description = "Seed of the demo studio (default ${DEFAULT-VALUE}).")
    private long seed = DemoStudioGenerator.DEFAULT_SEED;

    @Option(names = "--now", converter = InstantConverter.class,
        description = "The moment the demo studio ends at, e.g. 2025-06-18T10:00:00Z (default: now).")
    private Instant now;

    @Option(names = "--sessions", description = "Session records to generate (default ${DEFAULT-VALUE}).")
    private int sessions = DemoStudioGenerator.DEFAULT_SESSIONS;

    @Option(names = "--in-progress", converter = DurationConverter.class,
        description = "How long an aggregation stays IN_PROGRESS, e.g. 2s, 500ms, 0 (default 2s).")
    private Duration inProgress = EmulatorConfig.DEMO_IN_PROGRESS;

    @Option(names = "--throttle-rate", description = "Share of requests answered with ThrottlingException (0-1).")
    private double throttleRate;

    @Option(names = "--error-rate", description = "Share of requests answered with InternalServerErrorException.")
    private double errorRate;

    @Option(names = "--drop-rate", description = "Share of requests whose connection is closed without answer.")
    private double dropRate;

    @Option(names = "--latency", description = "Milliseconds added before every answer.")
    private long latencyMillis;

    @Option(names = "--fail-aggregations", description = "End every aggregation as FAILED or TIMEOUT.")
    private AggregationFailure failAggregations;

    @Option(names = "--token-ttl", converter = DurationConverter.class,
        description = "How long page tokens stay valid (default 24h).")
    private Duration tokenTtl = FaultConfig.SERVICE_TOKEN_TTL;

    @Option(names = "--fault-seed", description = "Seed of the fault draws (default: --seed).")
    private Long faultSeed;

    @Option(names = "--result-row-limit", description = "Rows above which an aggregation ends FAILED "
        + "(default ${DEFAULT-VALUE}).")
    private int resultRowLimit = EmulatorConfig.DEFAULT_RESULT_ROW_LIMIT;

    @Option(names = "--studio", description = "Which studio to serve: DEMO (default) or LARGE, one farm whose "
        + "hourly cost by job over the last 92 days has about 1,000,000 rows (for trying the app at scale; "
        + "--seed and --sessions do not apply).")
    private StudioChoice studio = StudioChoice.DEMO;

    @Option(names = "--dump-sessions", paramLabel = "FILE.csv", description = "Write the served sessions to a CSV.")
    private Path dumpSessions;

    @Option(names = "--sessions-file", paramLabel = "FILE.csv",
        description = "Serve the sessions of this CSV instead of the demo studio.")
    private Path sessionsFile;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CompletableFuture<URI> started = new CompletableFuture<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (EmulatorServer server = EmulatorServer.start(config())) {
            if (dumpSessions != null) {
                SessionCsv.write(server.studio().sessions(), dumpSessions);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("endpoint: " + server.endpoint());
            out.flush();
            started.complete(server.endpoint());
            serveUntilStopped();
            return 0;
        } catch (SessionFileException | IOException | IllegalArgumentException e) {
            err.println("deadline-cost-explorer emulator: " + TerminalText.oneLine(e.getMessage()));
            err.flush();
            started.completeExceptionally(e);
            return EXIT_BAD_INPUT;
        }
    }

    /** Completes with the endpoint once the server answers (for in-process callers and tests). */
    public CompletableFuture<URI> started() {
        return started;
    }

    /** Makes {@link #call()} stop the server and return 0. */
    public void stop() {
        stopRequested.countDown();
    }

    private EmulatorConfig config() throws IOException, SessionFileException {
        EmulatorConfig.Builder config = EmulatorConfig.builder()
            .port(port)
            .seed(seed)
            .now(now)
            .sessions(sessions)
            .inProgress(inProgress)
            .resultRowLimit(resultRowLimit)
            .faults(new FaultConfig(faultSeed == null ? seed : faultSeed, throttleRate, errorRate, dropRate,
                Duration.ofMillis(latencyMillis), failAggregations, tokenTtl));
        if (sessionsFile != null) {
            config.studio(SessionFileStudio.of(SessionCsv.read(sessionsFile)));
        } else if (studio == StudioChoice.LARGE) {
            config.studio(LargeStudioGenerator.generate(now == null ? Instant.now() : now,
                LargeStudioGenerator.DEFAULT_ROWS));
        }
        return config.build();
    }

    private void serveUntilStopped() {
        Thread hook = new Thread(this::stop, "emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // The JVM is already shutting down (Ctrl-C): the hook has run or is running.
            }
        }
    }

    /** The studios the emulator can serve besides a sessions file. */
    enum StudioChoice {
        DEMO, LARGE
    }

    /** ISO-8601 instants with any offset: 2025-06-18T10:00:00Z, 2025-06-18T12:00:00+02:00. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            Instant instant;
            try {
                instant = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time such as 2025-06-18T10:00:00Z");
            }
            if (instant.isBefore(EARLIEST_NOW) || instant.isAfter(LATEST_NOW)) {
                throw new TypeConversionException("'" + value + "' is outside the years the demo studio can be set "
                    + "in (" + EARLIEST_NOW + " to " + LATEST_NOW + ")");
            }
            return instant;
        }
    }

    /** Short durations (500ms, 2s, 5m, 24h, 0) or ISO-8601 ones (PT2S). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (text.startsWith("pt") || text.startsWith("p")) {
                    return Duration.parse(value.trim());
                }
                if (text.equals("0")) {
                    return Duration.ZERO;
                }
                if (text.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
                }
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                switch (text.charAt(text.length() - 1)) {
                    case 's':
                        return Duration.ofSeconds(amount);
                    case 'm':
                        return Duration.ofMinutes(amount);
                    case 'h':
                        return Duration.ofHours(amount);
                    default:
                        throw new TypeConversionException("'" + value + "' needs a unit: ms, s, m or h");
                }
            } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new TypeConversionException("'" + value + "' is not a duration such as 500ms, 2s, 5m or 24h");
            }
        }
    }
}
