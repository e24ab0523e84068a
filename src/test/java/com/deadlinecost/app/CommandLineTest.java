package com.deadlinecost.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.gui.GuiCommand;
import com.deadlinecost.app.report.ReportCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = RootCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsEverySubcommand() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString())
            .contains("Usage: deadline-cost-explorer")
            .contains("gui", "emulator", "report", "bench");
    }

    @Test
    void versionNamesTheAppAndItsVersion() {
        int code = run("--version");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Deadline Cost Explorer ").doesNotContain("${");
    }

    @Test
    void reportHelpDocumentsTheOptionsAndExitCodes() {
        int code = run("report", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--view", "--farm", "--queues", "--fleets", "--from", "--to", "--tz",
            "--period", "--group-by", "--statistics", "--demo", "--profile", "--region", "--endpoint", "--out",
            "--format", "Exit codes:", "FAILED or TIMEOUT");
    }

    @Test
    void reportWithoutAConnectionIsABadArgument() {
        int code = run("report", "--format", "json");

        assertThat(code).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString()).contains("Choose a connection");
    }

    @Test
    void benchHelpNamesTheFiguresAndWhereTheSuiteLives() {
        int code = run("bench", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("ingest", "startup", "bench/run.sh");
    }

    @Test
    void unknownOptionIsAUsageErrorNotACrash() {
        int code = run("--no-such-option");

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void onLinuxAWindowNeedsAnXOrWaylandDisplay() {
        assertThat(GuiCommand.hasDisplay("Linux", java.util.Map.of())).isFalse();
        assertThat(GuiCommand.hasDisplay("Linux", java.util.Map.of("DISPLAY", ":0"))).isTrue();
        assertThat(GuiCommand.hasDisplay("Linux", java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
        assertThat(GuiCommand.hasDisplay("Windows 11", java.util.Map.of())).isTrue();
    }

    @Test
    void theRootCommandTakesAViewFileInsteadOfCallingItAnUnmatchedArgument() {
        CommandLine.ParseResult parsed = RootCommand.commandLine().parseArgs("/home/ana/March.dcxview");

        assertThat(parsed.matchedPositionals()).hasSize(1);
        assertThat(parsed.unmatched()).isEmpty();
    }

    @Test
    void onlyAPlainStartOrGuiSkipsTheParserForTheWindow() {
        assertThat(Launcher.opensTheWindowOnly()).isTrue();
        assertThat(Launcher.opensTheWindowOnly("gui")).isTrue();
        assertThat(Launcher.opensTheWindowOnly("/home/ana/March.dcxview")).isFalse();
        assertThat(Launcher.opensTheWindowOnly("gui", "/home/ana/March.dcxview")).isFalse();
        assertThat(Launcher.opensTheWindowOnly("--help")).isFalse();
        assertThat(Launcher.opensTheWindowOnly("report")).isFalse();
    }
}
