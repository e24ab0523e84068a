package com.deadlinecost.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.export.ExportDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report command against hostile input and a failing service: every failure is one line with the documented
 * exit code, nothing outside the bounds is attempted, credentials are never repeated, and writes stay tidy.
 */
class ReportReliabilityTest {
    private static final Clock CLOCK = Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int report(FaultConfig faults, String... args) {
        ReportCommand command = new ReportCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(ExportDemo.STUDIO).inProgress(Duration.ZERO).faults(faults).build(), RunTimings.fast(), CLOCK),
            CLOCK);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int report(String... args) {
        return report(FaultConfig.none(), args);
    }

    /** The failure is one line (progress lines before it are fine), with no stack trace. */
    private void assertOneLine() {
        assertThat(err.toString().lines().filter(line -> line.startsWith("deadline-cost-explorer report:")))
            .as(err.toString()).hasSize(1);
        assertThat(err.toString().lines().reduce((first, second) -> second).orElse(""))
            .startsWith("deadline-cost-explorer report:");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aRangeEndingFarInTheFutureIsRefusedAtOnce() {
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> report("--demo", "--from", "2026-01-01",
            "--to", "+999999999-12-31T00:00", "--out", folder.toString()));

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--from/--to", "in the future");
        assertOneLine();
    }

    @Test
    void aRangeFromYearOneIsRefusedBeforeAnyAggregation() {
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> report("--demo", "--from", "0001-01-01",
            "--to", "9999-12-31", "--period", "hourly", "--out", folder.toString()));

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("before Deadline Cloud existed", "2024-01-01");
        assertOneLine();
    }

    @Test
    void aQueryTheWindowWouldAskAboutIsRefusedUnlessAllowed() {
        String[] large = {"--demo", "--farm", "Harbor Lights Feature", "--from", "2026-01-01", "--to", "2026-03-01",
            "--period", "hourly", "--group-by", "queue,job", "--format", "csv", "--out", folder.toString()};

        int code = report(large);

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("hourly buckets", "The limit is 250,000 rows", "--allow-large");
        assertOneLine();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void credentialsInTheEndpointAreRefusedAndNeverRepeated() {
        int code = report("--endpoint", "http://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMIbPxRfiCYEXAMPLEKEY@127.0.0.1:1",
            "--out", folder.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("credentials", "http://127.0.0.1:1")
            .doesNotContain("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMIbPxRfiCYEXAMPLEKEY");
        assertThat(folder.toFile().list()).isEmpty();
        assertOneLine();
    }

    @Test
    void anImpossiblePortOrAForeignSchemeIsABadArgument() {
        assertThat(report("--endpoint", "http://127.0.0.1:99999")).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("port 99999");
        assertThat(report("--endpoint", "ftp://127.0.0.1:21")).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("http:// or https://").doesNotContain("Unexpected", "marshall");
    }

    @Test
    void httpsAgainstAPlainEmulatorFailsFastAndSaysWhy() {
        try (var server = ExportDemo.startServer()) {
            int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> report("--endpoint",
                "https://127.0.0.1:" + server.port(), "--out", folder.toString()));

            assertThat(code).isEqualTo(ReportCommand.EXIT_CONNECTION);
            assertThat(err.toString()).contains("https", "http://").doesNotContain("demo studio");
            assertOneLine();
        }
    }

    @Test
    void aNameWithAFolderPartIsRefused() {
        int code = report("--demo", "--name", "../escaped", "--out", folder.resolve("inside").toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--name", "plain file name");
        assertThat(folder.resolve("escaped.csv")).doesNotExist();
    }

    @Test
    void anOutThatIsAFileSaysSoInsteadOfNull() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        int code = report("--demo", "--farm", "Pipeline R&D", "--format", "csv", "--out", file.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_WRITE_FAILED);
        assertThat(err.toString()).contains("is a file, not a folder").doesNotContain("null");
    }

    @Test
    void aReadOnlyReportIsLeftAsItWasAndNamed() throws IOException {
        Path existing = Files.writeString(folder.resolve("report.csv"), "kept");
        assertThat(existing.toFile().setWritable(false)).isTrue();

        int code = report("--demo", "--farm", "Pipeline R&D", "--format", "csv", "--out", folder.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_WRITE_FAILED);
        assertThat(err.toString()).contains("read-only");
        assertThat(Files.readString(existing)).isEqualTo("kept");
    }

    @Test
    void staleTemporariesOfKilledWritesAreRemovedByTheNextWrite() throws IOException {
        Path stale = Files.writeString(folder.resolve(".report.csv8406231951234567.tmp"), "torn");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(folder.resolve(".report.json5512345678.tmp"), "in progress elsewhere");

        int code = report("--demo", "--farm", "Pipeline R&D", "--format", "csv", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void aViewThatIsADeviceOrAPipeIsRefusedWithoutReadingIt() throws IOException, InterruptedException {
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> report("--view", "/dev/zero")))
            .isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("/dev/zero", "not a regular file");
        Path pipe = folder.resolve("pipe.dcxview");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> report("--view", pipe.toString())))
            .isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("pipe.dcxview", "not a regular file");
    }

    @Test
    void terminalEscapesInAViewAreShownEscaped() throws IOException {
        Path view = folder.resolve("escapes.dcxview");
        Files.writeString(view, "{\"formatVersion\":1,\"connection\":{\"kind\":\"DEMO\"},\"query\":{\"farmId\":\""
            + ExportDemo.STUDIO.farms().get(2).farmId() + "\",\"resourceKind\":\"QUEUE\",\"resourceIds\":[],"
            + "\"preset\":\"CUSTOM\",\"customStart\":\"2026-02-01T00:00\",\"customEnd\":\"2026-02-03T00:00\","
            + "\"offset\":\"UTC+00:00\",\"period\":\"\\u001b]0;owned\\u0007\\u001b[2J\",\"groupBy\":[\"QUEUE_ID\"],"
            + "\"statistics\":[\"SUM\"]}}");

        report("--demo", "--view", view.toString(), "--format", "csv", "--out", folder.toString());

        assertThat(err.toString()).doesNotContain("\u001b", "\u0007").contains("\\x1B");
    }

    @Test
    void pageTokensThatAlwaysExpireEndAsAServiceFailureNotABadArgument() {
        FaultConfig expiring = FaultConfig.none().withTokenTtl(Duration.ofMillis(1));

        int code = report(expiring, "--demo", "--farm", "Tidewater Episodic", "--from", "2026-01-01", "--to",
            "2026-03-01", "--period", "hourly", "--group-by", "queue,user", "--allow-large", "--format", "csv",
            "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_CONNECTION);
        assertThat(err.toString()).contains("kept discarding").doesNotContain("Change the query", "Retry");
        assertOneLine();
    }
}
