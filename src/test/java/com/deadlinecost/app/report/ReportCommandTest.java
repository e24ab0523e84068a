package com.deadlinecost.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.AggregationFailure;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.export.ExportDemo;
import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.service.views.SavedView;
import com.deadlinecost.service.views.ViewConnection;
import com.deadlinecost.service.views.ViewFiles;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report command end to end, in process, against the demo studio and emulators, with no display. */
class ReportCommandTest {
    private static final Clock CLOCK = Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int report(String... args) {
        ReportCommand command = new ReportCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(ExportDemo.STUDIO).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK),
            CLOCK);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theDemoStudioReportWritesEveryFormatWithoutADisplay() throws IOException {
        Path reports = folder.resolve("2026-02");

        int code = report("--demo", "--farm", "tidewater episodic", "--from", "2026-02-16", "--to", "2026-03-17",
            "--tz", "UTC-08:00", "--group-by", "queue,user", "--statistics", "sum,avg", "--out", reports.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("report.csv",
                "report-series.csv", "report.json", "report.png", "report@2x.png", "report.svg", "report.pdf");
        }
        JsonNode json = JsonMapper.builder().build().readTree(reports.resolve("report.json").toFile());
        long rows = json.get("statistics").size();
        assertThat(rows).isPositive();
        assertThat(Files.readAllLines(reports.resolve("report.csv"))).hasSize((int) rows + 1);
        assertThat(json.at("/query/startTime").asString()).isEqualTo("2026-02-16T08:00:00Z");
        assertThat(json.at("/query/endTime").asString()).isEqualTo("2026-03-18T08:00:00Z");
        assertThat(json.at("/exportMetadata/farmName").asString()).isEqualTo("Tidewater Episodic");
        assertThat(out.toString()).contains("report.pdf");
        assertThat(err.toString()).contains("Farm: Tidewater Episodic").contains("rows loaded");
    }

    @Test
    void withoutARangeTheReportCoversTheWindowsLast30Days() throws IOException {
        int code = report("--demo", "--farm", "Tidewater Episodic", "--tz", "UTC-08:00", "--format", "json",
            "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        JsonNode json = JsonMapper.builder().build().readTree(folder.resolve("report.json").toFile());
        TimeRange window = RangePreset.LAST_30_DAYS.resolve(CLOCK, UtcOffset.parse("UTC-08:00"));
        assertThat(json.at("/query/startTime").asString()).isEqualTo(window.start().toString());
        assertThat(json.at("/query/endTime").asString()).isEqualTo(window.end().toString());
    }

    @Test
    void anUnknownChartStopsTheReportBeforeTheQueryRuns() {
        int code = report("--demo", "--farm", "Tidewater Episodic", "--chart", "pie", "--out", folder.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--chart 'pie' is not known").doesNotContain("rows loaded")
            .doesNotContain("Connection:");
    }

    @Test
    void withoutAFarmTheFirstByNameIsUsedAndNamedOnStderr() {
        int code = report("--demo", "--queues", "Lighting,Compositing", "--format", "json", "--out",
            folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(err.toString()).contains("Farm: Harbor Lights Feature (the first by name");
        assertThat(folder.resolve("report.json")).exists();
    }

    @Test
    void badArgumentsExitWithTheUsageCodeAndSayWhy() {
        assertThat(report("--demo", "--tz", "UTC+8", "--out", folder.toString()))
            .isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("UTC+8").contains("UTC+05:30");
        assertThat(report("--demo", "--queues", "all", "--fleets", "all")).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(report("--demo", "--farm", "No Such Farm")).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("No farm is named").contains("Tidewater Episodic");
        assertThat(report("--format", "csv")).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("Choose a connection");
        assertThat(report("--demo", "--no-such-flag")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void anEmulatorEndpointIsReachedWithLocalCredentials() {
        try (EmulatorServer server = ExportDemo.startServer()) {
            int code = report("--endpoint", server.endpoint().toString(), "--farm", "Pipeline R&D", "--format",
                "csv", "--out", folder.toString());

            assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
            assertThat(err.toString()).contains("Connection: Endpoint http://127.0.0.1:");
            assertThat(folder.resolve("report.csv")).exists();
        }
    }

    @Test
    void aFailedAggregationHasItsOwnExitCode() throws IOException {
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().studio(ExportDemo.STUDIO)
                .inProgress(Duration.ZERO).faults(FaultConfig.none().withFailAggregations(AggregationFailure.FAILED))
                .build())) {
            int code = report("--endpoint", server.endpoint().toString(), "--farm", "Pipeline R&D", "--out",
                folder.toString());

            assertThat(code).isEqualTo(ReportCommand.EXIT_AGGREGATION_FAILED);
            assertThat(err.toString()).contains("FAILED").contains("shorter");
            assertThat(folder.toFile().list()).isEmpty();
        }
    }

    @Test
    void throttlingErrorsAndDroppedConnectionsChangeNoCellNotEvenANameOfTheReport() throws IOException {
        Path clean = folder.resolve("clean");
        Path faulty = folder.resolve("faulty");
        String[] query = {"--farm", "Harbor Lights Feature", "--from", "2026-02-01", "--to", "2026-03-17",
            "--group-by", "user,job", "--format", "csv", "--allow-large"};
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().studio(ExportDemo.STUDIO)
                .inProgress(Duration.ZERO).build())) {
            assertThat(report(concat(query, "--endpoint", server.endpoint().toString(), "--out", clean.toString())))
                .as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        }
        FaultConfig faults = FaultConfig.none().withSeed(14).withThrottleRate(0.2).withErrorRate(0.1)
            .withDropRate(0.05);
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().studio(ExportDemo.STUDIO)
                .inProgress(Duration.ZERO).faults(faults).build())) {
            assertThat(report(concat(query, "--endpoint", server.endpoint().toString(), "--out", faulty.toString())))
                .as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        }

        List<String> expected = Files.readAllLines(clean.resolve("report.csv"));
        assertThat(expected).as(String.join("\n", expected)).hasSizeGreaterThan(20);
        // Every job is named (its name cell is not its id) and so is every user.
        assertThat(String.join("\n", expected)).doesNotContainPattern("\"(job-[0-9a-f]+)\",\"\\1\"")
            .doesNotContainPattern("\"([0-9a-f]{10}-[-0-9a-f]+)\",\"\\1\"");
        assertThat(Files.readAllLines(faulty.resolve("report.csv"))).isEqualTo(expected);
        assertThat(err.toString()).doesNotContain("Names: ");
    }

    @Test
    void anIdentityStoreInAnotherRegionIsSaidOnceOnStderrAndUsersKeepTheirIds() throws IOException {
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().studio(ExportDemo.STUDIO)
                .inProgress(Duration.ZERO).identityStoreRegion("eu-west-1").build())) {
            int code = report("--endpoint", server.endpoint().toString(), "--farm", "Tidewater Episodic",
                "--group-by", "user", "--format", "csv", "--out", folder.toString());

            assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
            assertThat(err.toString().split("Names: ", -1)).as(err.toString()).hasSize(2);
            assertThat(err.toString()).contains("Names: User names could not be read from the IAM Identity Center "
                + "identity store in us-west-2").contains("sso_region");
            assertThat(Files.readAllLines(folder.resolve("report.csv")).get(1)).as("the user's name cell holds the id")
                .matches("^\"?[0-9a-f]{10}-[0-9a-f]{8}-.*");
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void anUnreachableEndpointIsAConnectionFailure() {
        int code = report("--endpoint", "http://127.0.0.1:1", "--out", folder.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_CONNECTION);
        assertThat(err.toString()).contains("deadline-cost-explorer report:");
    }

    @Test
    void aSavedViewRunsWithItsConnectionQueryAndChart() throws IOException {
        String farmId = ExportDemo.STUDIO.farms().get(2).farmId();
        Path view = saveView(farmId, "DAILY");

        int code = report("--view", view.toString(), "--format", "png", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(folder.resolve("report@2x.png")).exists();
        assertThat(err.toString()).contains("Connection: Demo studio");
    }

    @Test
    void aViewOfAFarmTheConnectionCannotSeeIsABadArgument() throws IOException {
        Path view = saveView("farm-00000000000000000000000000000000", "MONTHLY");

        int code = report("--view", view.toString(), "--out", folder.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("farm-00000000000000000000000000000000");
    }

    @Test
    void aCorruptViewIsABadArgumentWithoutAStackTrace() throws IOException {
        Path view = folder.resolve("broken.dcxview");
        Files.writeString(view, "not json");

        int code = report("--view", view.toString());

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("broken.dcxview").doesNotContain("Exception");
    }

    private Path saveView(String farmId, String period) throws IOException {
        SavedQuery query = new SavedQuery(farmId, "QUEUE", List.of(), "CUSTOM", "2026-02-01T00:00",
            "2026-03-01T00:00", "UTC+00:00", period, List.of("QUEUE_ID"), List.of("SUM"));
        SavedView view = ViewFiles.newView("Chargeback", ViewConnection.of(ConnectionTarget.demo()),
            query, new ViewSettings("SHARE", null, "COST_SUM", 5, null, null, true, null, null, null), ExportDemo.NOW);
        Path file = folder.resolve("chargeback.dcxview");
        ViewFiles.save(file, view);
        return file;
    }
}
