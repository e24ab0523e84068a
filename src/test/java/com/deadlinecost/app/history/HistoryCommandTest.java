package com.deadlinecost.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.report.ReportCommand;
import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.export.ExportDemo;
import com.deadlinecost.service.history.HistoryEntry;
import com.deadlinecost.service.history.HistoryStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code report --history} and {@code history}, in process, against the demo studio, with a history in a temp dir. */
class HistoryCommandTest {
    private static final Clock CLOCK = Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path historyFile() {
        return folder.resolve("data").resolve(HistoryStore.FILE_NAME);
    }

    private int execute(Callable<Integer> command, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int report(String... args) {
        return execute(new ReportCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(ExportDemo.STUDIO).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK), CLOCK,
            this::historyFile), args);
    }

    private int history(String... args) {
        return execute(new HistoryCommand(this::historyFile, CLOCK), args);
    }

    private List<HistoryEntry> stored() {
        try (HistoryStore store = HistoryStore.open(historyFile(), CLOCK)) {
            return store.list();
        }
    }

    @Test
    void aReportWithHistoryIsKeptAndItsRerunTakesTheSettledDaysFromThere() {
        String[] query = {"--demo", "--farm", "Tidewater Episodic", "--from", "2026-01-01", "--to", "2026-03-17",
            "--group-by", "queue", "--format", "json", "--history"};
        assertThat(report(append(query, "--out", folder.resolve("first").toString()))).as(err.toString())
            .isEqualTo(ReportCommand.EXIT_OK);
        assertThat(err.toString()).doesNotContain("History:");
        assertThat(stored()).singleElement().satisfies(entry -> {
            assertThat(entry.farmName()).isEqualTo("Tidewater Episodic");
            assertThat(entry.complete()).isTrue();
        });

        assertThat(report(append(query, "--out", folder.resolve("second").toString()))).as(err.toString())
            .isEqualTo(ReportCommand.EXIT_OK);
        // The same clock: the days that ended 48 hours before the first run come from the history.
        assertThat(err.toString()).contains("History: 74 days from history, 2 days fetched");
        assertThat(stored()).hasSize(2);
        assertThat(statistics(folder.resolve("second/report.json")))
            .isEqualTo(statistics(folder.resolve("first/report.json")));
    }

    @Test
    void historyListsExportsTheSameFilesAsReportDeletesAndPrunes() throws IOException {
        assertThat(report("--demo", "--farm", "Tidewater Episodic", "--group-by", "queue,user", "--format", "csv,json",
            "--history", "--out", folder.resolve("report").toString())).as(err.toString())
            .isEqualTo(ReportCommand.EXIT_OK);
        long id = stored().get(0).id();

        assertThat(history()).as(err.toString()).isEqualTo(HistoryCommand.EXIT_OK);
        assertThat(out.toString()).contains("1 result").contains("Tidewater Episodic")
            .contains("Daily, by Queue and User");

        assertThat(history("--export", Long.toString(id), "--out", folder.resolve("export").toString()))
            .as(err.toString()).isEqualTo(HistoryCommand.EXIT_OK);
        assertThat(Files.readAllBytes(folder.resolve("export/report.csv")))
            .isEqualTo(Files.readAllBytes(folder.resolve("report/report.csv")));
        assertThat(statistics(folder.resolve("export/report.json")))
            .isEqualTo(statistics(folder.resolve("report/report.json")));

        assertThat(history("--export", "999", "--out", folder.toString())).isEqualTo(HistoryCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("There is no result 999 in the history");
        assertThat(history("--prune", "lots")).isEqualTo(HistoryCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--prune 'lots' is not a size");

        assertThat(history("--prune", "1GB")).isEqualTo(HistoryCommand.EXIT_OK);
        assertThat(err.toString()).contains("Deleted 0 results");
        assertThat(history("--delete", Long.toString(id))).isEqualTo(HistoryCommand.EXIT_OK);
        assertThat(stored()).isEmpty();
    }

    @Test
    void sizesAreReadInDecimalUnits() {
        assertThat(HistoryCommand.parseSize("500MB")).isEqualTo(500_000_000L);
        assertThat(HistoryCommand.parseSize("1.5 gb")).isEqualTo(1_500_000_000L);
        assertThat(HistoryCommand.parseSize("4096")).isEqualTo(4096L);
    }

    private static JsonNode statistics(Path json) {
        return JsonMapper.builder().build().readTree(json.toFile()).get("statistics");
    }

    private static String[] append(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
