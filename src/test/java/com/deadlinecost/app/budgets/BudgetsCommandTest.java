package com.deadlinecost.app.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.service.deadline.RunTimings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The budgets command end to end, in process, against the demo studio with its story budgets. */
class BudgetsCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Studio STUDIO = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, NOW,
        DemoStudioGenerator.DEFAULT_SESSIONS);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int budgets(String... args) {
        BudgetsCommand command = new BudgetsCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(STUDIO).demoBudgets(true).clock(CLOCK).inProgress(Duration.ZERO).build(), RunTimings.fast(),
            CLOCK), CLOCK);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void listsEveryBudgetWithTheStoppedOneFirst() {
        int code = budgets("--demo");

        List<String> lines = out.toString().lines().toList();
        assertThat(code).as(err.toString()).isEqualTo(BudgetsCommand.EXIT_OK);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("Farm").contains("Projected %").contains("Queue stops on");
        assertThat(lines.get(1)).contains("STOPPED").contains("Grove overtime");
        assertThat(lines.get(2)).contains("Final Render - Starling delivery").contains("ACTIVE");
        assertThat(lines.get(4)).contains("Compositing - last month").contains("ENDED");
        assertThat(err.toString()).contains("4 budgets on 3 farms");
    }

    @Test
    void failAtNinetyExitsSevenAndNamesTheBudgetHeadingOver() {
        int code = budgets("--demo", "--fail-at", "90");

        assertThat(code).isEqualTo(BudgetsCommand.EXIT_PROJECTED_PAST);
        assertThat(err.toString()).contains("Over 90 %: Final Render - Starling delivery")
            .contains("at this pace the queue stops on 2026-03-");
        assertThat(err.toString()).doesNotContain("Over 90 %: Lighting");
    }

    @Test
    void failAtAPercentNoBudgetReachesExitsZero() {
        assertThat(budgets("--demo", "--fail-at", "400")).as(err.toString()).isEqualTo(BudgetsCommand.EXIT_OK);
    }

    @Test
    void writesCsvAndJsonInTheSameOrder() throws IOException {
        int code = budgets("--demo", "--farm", "Harbor Lights Feature", "--format", "csv,json", "--out",
            folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(BudgetsCommand.EXIT_OK);
        List<String> csv = Files.readAllLines(folder.resolve("budgets.csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).startsWith("Farm,Budget,Queue,State");
        JsonNode json = JsonMapper.builder().build().readTree(folder.resolve("budgets.json").toFile());
        assertThat(json.get("budgets")).hasSize(4);
        assertThat(json.at("/budgets/0/state").asString()).isEqualTo("STOPPED");
        assertThat(json.at("/budgets/0/queueStoppedAt").asString()).startsWith("2026-03-16");
        assertThat(json.at("/budgets/1/projectedPercent").asDouble()).isGreaterThan(100);
        assertThat(json.at("/budgets/1/thresholds/0/projectedAt").asString()).startsWith("2026-03");
        assertThat(out.toString()).contains("budgets.csv").contains("budgets.json");
    }

    @Test
    void aFailAtThatIsNotAPercentageIsABadArgument() {
        assertThat(budgets("--demo", "--fail-at", "-5")).isEqualTo(BudgetsCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--fail-at takes a percentage");
    }

    @Test
    void anUnknownFarmIsABadArgumentListingTheFarms() {
        assertThat(budgets("--demo", "--farm", "Nowhere")).isEqualTo(BudgetsCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("Nowhere").contains("Tidewater Episodic");
    }
}
