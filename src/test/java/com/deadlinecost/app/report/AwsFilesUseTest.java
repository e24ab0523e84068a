package com.deadlinecost.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.export.ExportDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The AWS config and credentials files are read only by connections that use them, and a problem in them is named
 * with the file and line. The SDK finds the files through the system properties set here.
 */
class AwsFilesUseTest {
    private static final Clock CLOCK = Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC);
    private static final String CONFIG_PROPERTY = "aws.configFile";
    private static final String CREDENTIALS_PROPERTY = "aws.sharedCredentialsFile";

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();
    private String savedConfig;
    private String savedCredentials;

    @BeforeEach
    void pointTheSdkAtOurFiles() throws IOException {
        savedConfig = System.getProperty(CONFIG_PROPERTY);
        savedCredentials = System.getProperty(CREDENTIALS_PROPERTY);
        System.setProperty(CREDENTIALS_PROPERTY, Files.writeString(folder.resolve("credentials"), "").toString());
    }

    @AfterEach
    void restore() {
        restore(CONFIG_PROPERTY, savedConfig);
        restore(CREDENTIALS_PROPERTY, savedCredentials);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    private Path config(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("config"), text);
        System.setProperty(CONFIG_PROPERTY, file.toString());
        return file;
    }

    private int report(String... args) {
        ReportCommand command = new ReportCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(ExportDemo.STUDIO).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK), CLOCK);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static final String BROKEN = "[default]\nregion = us-west-2\n\n[profile studio]\nregion = us-west-2\n"
        + "this line has no equals sign\n";

    @Test
    void aBrokenConfigFileDoesNotTouchTheDemo() throws IOException {
        config(BROKEN);

        int code = report("--demo", "--farm", "Pipeline R&D", "--format", "csv", "--out", folder.toString());

        assertThat(code).as(err.toString()).isEqualTo(ReportCommand.EXIT_OK);
    }

    @Test
    void aBrokenConfigFileIsNamedWithItsLineWhenAProfileIsUsed() throws IOException {
        Path file = config(BROKEN);

        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> report("--profile", "studio",
            "--region", "us-west-2", "--out", folder.toString()));

        assertThat(code).isEqualTo(ReportCommand.EXIT_CONNECTION);
        assertThat(err.toString()).contains(file.toString(), "line 6").doesNotContain("sign-in", "\tat ");
    }

    @Test
    void aProfileThatDoesNotExistIsNamedAsSuch() throws IOException {
        config("[default]\nregion = us-west-2\n");

        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> report("--profile", "nope",
            "--region", "us-west-2", "--out", folder.toString()));

        assertThat(code).isEqualTo(ReportCommand.EXIT_CONNECTION);
        assertThat(err.toString()).contains("no AWS profile 'nope'").doesNotContain("expired");
    }
}
