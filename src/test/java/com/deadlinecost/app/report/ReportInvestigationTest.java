package com.deadlinecost.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.export.ExportDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code report --compare/--anomalies/--projection} end to end against the demo studio, with no display. */
class ReportInvestigationTest {
    private static final Clock CLOCK = Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int report(String... args) {
        ReportCommand command = new ReportCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(ExportDemo.STUDIO).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK), CLOCK);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.replace("\"", "").split(",", -1));
    }

    @Test
    void compareAddsEarlierColumnsChangesWhoseEffectsAddUpToTheCentAndAWaterfall() throws IOException {
        int code = report("--demo", "--farm", "Tidewater Episodic", "--from", "2026-02-01", "--to", "2026-02-28",
            "--compare", "last-month", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(folder.resolve("waterfall.png")).exists();
        assertThat(folder.resolve("waterfall.svg")).exists();
        assertThat(folder.resolve("waterfall.pdf")).exists();
        List<String> header = cells(Files.readAllLines(folder.resolve("report.csv")).get(0).replace("\uFEFF", ""));
        assertThat(header).contains("Earlier cost (USD)", "Change (USD)", "Change (%)");
        List<String> changes = Files.readAllLines(folder.resolve("changes.csv"));
        List<String> changeHeader = cells(changes.get(0).replace("\uFEFF", ""));
        int change = changeHeader.indexOf("Change (USD)");
        int runtime = changeHeader.indexOf("Runtime effect (USD)");
        int rate = changeHeader.indexOf("Rate effect (USD)");
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : changes.subList(1, changes.size() - 1)) {
            List<String> row = cells(line);
            assertThat(new BigDecimal(row.get(runtime)).add(new BigDecimal(row.get(rate))))
                .isEqualByComparingTo(new BigDecimal(row.get(change)));
            sum = sum.add(new BigDecimal(row.get(change)));
        }
        List<String> total = cells(changes.get(changes.size() - 1));
        assertThat(total.get(0)).isEqualTo("Total");
        assertThat(new BigDecimal(total.get(change))).isEqualByComparingTo(sum);
        JsonNode comparison = json(folder.resolve("report.json")).get("comparison");
        assertThat(comparison.get("compareWith").asString()).isEqualTo("last-month");
        assertThat(comparison.get("earlierStartTime").asString()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(comparison.get("changeInUsd").decimalValue()).isEqualByComparingTo(comparison.get("costInUsd")
            .decimalValue().subtract(comparison.get("earlierCostInUsd").decimalValue()));
        assertThat(comparison.get("runtimeEffectInUsd").decimalValue().add(comparison.get("rateEffectInUsd")
            .decimalValue())).isEqualByComparingTo(comparison.get("changeInUsd").decimalValue());
    }

    @Test
    void comparingWithAYearBeforeDeadlineCloudExistedComparesWithNothingRatherThanFailing() {
        int code = report("--demo", "--farm", "Tidewater Episodic", "--from", "2024-02-01", "--to", "2024-02-28",
            "--compare", "last-year", "--anomalies", "--format", "json", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        JsonNode comparison = json(folder.resolve("report.json")).get("comparison");
        assertThat(comparison.get("earlierStartTime").asString()).isEqualTo("2023-02-01T00:00:00Z");
        assertThat(comparison.get("earlierCostInUsd").decimalValue()).isZero();
    }

    @Test
    void aScheduledCheckFailsWithCodeSixWhenTheWeekendSpikeIsInTheRange() throws IOException {
        int code = report("--demo", "--farm", "Tidewater Episodic", "--from", "2026-02-01", "--to", "2026-03-17",
            "--format", "json", "--anomalies", "--fail-on-anomaly", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_ANOMALY_FOUND);
        assertThat(err.toString()).containsPattern("\\d+ anomal(y|ies) found; see");
        List<String> lines = Files.readAllLines(folder.resolve("anomalies.csv"));
        assertThat(cells(lines.get(0).replace("\uFEFF", ""))).startsWith("Kind", "Queue", "Queue ID", "Start", "End",
            "Actual (USD)", "Expected (USD)", "Excess (USD)", "Score", "Top contributor");
        assertThat(lines.subList(1, lines.size())).anySatisfy(line -> assertThat(cells(line))
            .startsWith("Spend spike", "FX Simulation"));
        JsonNode anomalies = json(folder.resolve("report.json")).get("anomalies");
        assertThat(anomalies.size()).isEqualTo(lines.size() - 1);
        assertThat(anomalies.get(0).get("contributors").size()).isPositive();
    }

    @Test
    void withoutFailOnAnomalyTheSameCheckSucceedsAndStillWritesTheAnomalies() {
        int code = report("--demo", "--farm", "Tidewater Episodic", "--from", "2026-02-01", "--to", "2026-03-17",
            "--format", "csv", "--anomalies", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(folder.resolve("anomalies.csv")).exists();
    }

    @Test
    void failOnAnomalyWithoutAnomaliesIsABadArgument() {
        assertThat(report("--demo", "--fail-on-anomaly", "--out", folder.toString()))
            .isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--fail-on-anomaly needs --anomalies");
        assertThat(report("--demo", "--compare", "yesterday", "--out", folder.toString()))
            .isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("previous, last-month or last-year");
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void projectionAddsTheMonthEndWithItsIntervalAndBacktestToTheSummary() {
        int code = report("--demo", "--farm", "Harbor Lights Feature", "--format", "json,png", "--projection",
            "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(folder.resolve("projection.png")).exists();
        JsonNode projection = json(folder.resolve("report.json")).get("projection");
        assertThat(projection.get("target").asString()).isEqualTo("2026-04-01T00:00:00Z");
        BigDecimal monthToDate = projection.get("monthToDateInUsd").decimalValue();
        assertThat(projection.get("low80InUsd").decimalValue()).isGreaterThanOrEqualTo(monthToDate);
        assertThat(projection.get("projectedInUsd").decimalValue())
            .isBetween(projection.get("low80InUsd").decimalValue(), projection.get("high80InUsd").decimalValue());
        assertThat(projection.get("groups").size()).isPositive();
        JsonNode backtest = projection.get("backtest");
        assertThat(backtest.get("months").size()).isEqualTo(6);
        assertThat(backtest.get("meanAbsolutePercentageError").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void compareAndProjectionDrawTheirChartsAndTheTimeChartsOverlaysThroughTheSharedPainter() throws IOException {
        int code = report("--demo", "--farm", "Harbor Lights Feature", "--chart", "lines", "--compare", "previous",
            "--projection", "--anomalies", "--format", "svg", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
        // The legend entries and texts are the chart painter's, the same words the window's canvas draws.
        String dashed = "stroke-dasharray:\\s*\\d";
        assertThat(Files.readString(folder.resolve("report.svg"))).containsPattern(dashed)
            .contains("Previous period (", "Projected to Mar 31, 80 % band");
        assertThat(Files.readString(folder.resolve("waterfall.svg"))).contains("What changed: ", "Earlier", "Now",
            "runtime ", "rate ");
        assertThat(Files.readString(folder.resolve("projection.svg"))).containsPattern(dashed)
            .contains("Where the month is heading", "Spent so far", "Projected, 80 % band");
    }
}
