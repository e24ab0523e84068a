package com.deadlinecost.app.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.EmulatorClients;
import com.deadlinecost.emulator.studio.SessionCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.deadline.DeadlineClient;

/** The emulator subcommand driven in-process through picocli, as {@code java -jar ... emulator} runs it. */
class EmulatorCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final EmulatorCommand command = new EmulatorCommand();

    @TempDir
    Path directory;

    private CompletableFuture<Integer> run(String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return CompletableFuture.supplyAsync(() -> commandLine.execute(args));
    }

    @Test
    void printsItsEndpointAndAnswersTheSdkUntilStopped() throws Exception {
        Path dump = directory.resolve("sessions.csv");
        CompletableFuture<Integer> exit = run("--port", "0", "--sessions", "3000", "--now", "2025-06-18T10:17:00Z",
            "--in-progress", "0", "--dump-sessions", dump.toString());
        URI endpoint = command.started().get(20, TimeUnit.SECONDS);

        try (DeadlineClient deadline = EmulatorClients.deadline(endpoint)) {
            assertThat(deadline.listFarms(request -> { }).farms()).hasSize(3);
        }
        command.stop();

        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).isEqualTo("endpoint: " + endpoint + System.lineSeparator());
        assertThat(endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(SessionCsv.read(dump).size()).isEqualTo(3000);
    }

    @Test
    void servesASessionsFile() throws Exception {
        Path file = directory.resolve("hand.csv");
        Files.copy(getClass().getResourceAsStream("/emulator/hand-sessions.csv"), file);
        CompletableFuture<Integer> exit = run("--sessions-file", file.toString());
        URI endpoint = command.started().get(20, TimeUnit.SECONDS);

        try (DeadlineClient deadline = EmulatorClients.deadline(endpoint)) {
            assertThat(deadline.listFarms(request -> { }).farms()).singleElement()
                .satisfies(farm -> assertThat(farm.farmId()).isEqualTo("farm-" + "a".repeat(32)));
        }
        command.stop();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aMalformedSessionsFileIsReportedByLineWithoutAStackTrace()
        throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Path file = directory.resolve("broken.csv");
        Files.writeString(file, String.join(",", SessionCsv.COLUMNS) + "\n"
            + "farm-a,queue-a,fleet-a,job-a,name,user,COMPUTE,c5.4xlarge,,2025-03-03T22:00:00Z,2025-03-04T02:00:00Z,2\n"
            + "farm-a,queue-a,fleet-a,job-a,name,user,COMPUTE,c5.4xlarge,,yesterday,2025-03-04T02:00:00Z,2\n");

        int exit = run("--sessions-file", file.toString()).get(20, TimeUnit.SECONDS);

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("broken.csv, line 3", "yesterday").doesNotContain("\tat ", "Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anInvalidRateIsReportedClearly() throws Exception {
        int exit = run("--throttle-rate", "2", "--sessions", "10").get(20, TimeUnit.SECONDS);

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("throttleRate must be between 0 and 1");
    }
}
