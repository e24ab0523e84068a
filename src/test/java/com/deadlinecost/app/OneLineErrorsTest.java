package com.deadlinecost.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command-line failure is one line that names the problem, with the documented exit code. */
class OneLineErrorsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = RootCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assertOneLine() {
        assertThat(err.toString().strip().lines()).as(err.toString()).hasSize(1);
        assertThat(err.toString()).doesNotContain("Usage:", "\tat ", "Exception");
    }

    @Test
    void anUnknownOptionIsOneLinePointingToHelp() {
        int code = run("report", "--frm", "x");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--frm", "report --help");
        assertOneLine();
    }

    @Test
    void aMissingOptionValueIsOneLine() {
        int code = run("report", "--demo", "--out");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertOneLine();
    }

    @Test
    void anEmulatorNowFarOutsideTheYearsIsOneLine() {
        int code = run("emulator", "--now", "+999999999-12-31T00:00:00Z");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("+999999999-12-31T00:00:00Z", "outside");
        assertOneLine();
    }

    @Test
    void aMissingSessionsFileSaysItDoesNotExist() {
        int code = run("emulator", "--sessions-file", "/no/such/sessions.csv");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("/no/such/sessions.csv", "does not exist");
        assertOneLine();
    }

    @Test
    void controlCharactersInAnArgumentAreEscaped() {
        int code = run("report", "--demo", "--period", "\u001b]0;owned\u0007\u001b[2J");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\u001b", "\u0007").contains("\\x1B");
        assertOneLine();
    }

    @Test
    void budgetsRefusesCredentialsInTheEndpointInOneLine() {
        int code = run("budgets", "--endpoint", "http://AKIAIOSFODNN7EXAMPLE:hunter2secret@127.0.0.1:1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("credentials").doesNotContain("AKIAIOSFODNN7EXAMPLE", "hunter2secret");
        assertOneLine();
    }
}
