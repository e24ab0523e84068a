package com.deadlinecost.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.deadlinecost.app.CommandErrors;
import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.fuzz.Fuzz;
import com.deadlinecost.fuzz.Mutations;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Generated report command lines, each a valid one with one to three things broken: every run ends within its
 * timeout with a documented exit code; a failure is one line on stderr with no stack trace, no raw control
 * character and no secret that was on the command line.
 */
class ReportCommandFuzzTest {
    private static final Clock CLOCK = Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC);
    /** Picocli names the command "report" here, as a subcommand "deadline-cost-explorer report". */
    private static final Pattern FAILURE_LINE = Pattern.compile("^(deadline-cost-explorer )?report: ");
    /** Only ever inside an --endpoint URL, where it must be refused and never repeated. */
    private static final String SECRET = "s3cretInAUrl0Zq9";
    private static final List<String> OPTIONS = List.of("--farm", "--queues", "--fleets", "--from", "--to", "--tz",
        "--period", "--group-by", "--statistics", "--format", "--name", "--chart", "--measure", "--endpoint",
        "--profile", "--region", "--view", "--out");

    @TempDir
    Path folder;

    @Test
    void everyCommandLineEndsWithADocumentedCodeAndOneLine() throws IOException {
        SplittableRandom random = Fuzz.random("report-command-lines");
        Fuzz.Tally tally = new Fuzz.Tally("report command lines");
        List<Path> files = hostileFiles();
        for (int i = 0; i < Fuzz.tries(250, 1_500); i++) {
            List<String> args = commandLine(random, files, folder.resolve("out-" + i));
            String where = tally.where(i, String.join(" ", args).replace("\u001b", "\\x1B"));
            StringWriter err = new StringWriter();
            int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(args, err), where);
            String text = err.toString();
            assertThat(code).as(where + "\n" + text).isIn(0, 2, 3, 4, 5);
            assertThat(text).as(where).doesNotContain("\tat ", "Exception:", "\u001b", "\u0007", SECRET);
            if (code != 0) {
                List<String> failures = text.lines().filter(line -> FAILURE_LINE.matcher(line).find())
                    .collect(Collectors.toList());
                assertThat(failures).as(where + "\n" + text).hasSize(1);
                assertThat(text.strip().lines().reduce((a, b) -> b).orElse("")).as(where).isEqualTo(failures.get(0));
            }
            tally.add("exit " + code);
        }
        tally.print();
    }

    private static int run(List<String> args, StringWriter err) {
        ReportCommand command = new ReportCommand(() -> new DeadlineGateways(EmulatorConfig.builder()
            .studio(ExportDemo.STUDIO).inProgress(Duration.ZERO).build(), RunTimings.fast(), CLOCK), CLOCK);
        CommandLine commandLine = CommandErrors.install(new CommandLine(command));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }

    /** A small valid report, then one to three edits: a value swapped for a hostile one, a flag dropped or added. */
    private static List<String> commandLine(SplittableRandom random, List<Path> files, Path out) {
        List<String> args = new ArrayList<>(List.of("--demo", "--farm", "Pipeline R&D", "--from", "2026-02-01",
            "--to", "2026-02-03", "--format", "csv", "--out", out.toString()));
        int edits = 1 + random.nextInt(3);
        for (int edit = 0; edit < edits; edit++) {
            switch (random.nextInt(6)) {
                case 0:
                    int value = 2 + 2 * random.nextInt((args.size() - 1) / 2);
                    args.set(Math.min(value, args.size() - 1), Mutations.nasty(random));
                    break;
                case 1:
                    args.add(OPTIONS.get(random.nextInt(OPTIONS.size())));
                    args.add(random.nextInt(4) == 0 ? Mutations.junk(random, 20) : Mutations.nasty(random));
                    break;
                case 2:
                    args.add(List.of("--view", "--view", "--endpoint", "--out").get(random.nextInt(4)));
                    args.add(files.get(random.nextInt(files.size())).toString());
                    break;
                case 3:
                    args.add("--endpoint");
                    args.add(List.of("http://AKIAIOSFODNN7EXAMPLE:" + SECRET + "@127.0.0.1:1", "http://127.0.0.1:99999",
                        "ftp://127.0.0.1/", "https://127.0.0.1:1", "http://[::1", "http://127.0.0.1:1/x?y#z",
                        "mailto:x@y", "http:///nohost").get(random.nextInt(8)));
                    break;
                case 4:
                    args.remove(args.size() - 1);
                    break;
                default:
                    args.add(List.of("--allow-large", "--demo", "--help-me", "-x", "--", "--from=2024-01-01",
                        "--period=hourly").get(random.nextInt(7)));
                    break;
            }
        }
        keepWritesInside(args, out);
        return args;
    }

    /** A missing or mutated --out would write under the build's working directory; such runs write inside ours. */
    private static void keepWritesInside(List<String> args, Path out) {
        if (!args.contains("--out")) {
            args.add("--out");
            args.add(out.toString());
        }
        for (int i = 0; i < args.size() - 1; i++) {
            String value = args.get(i + 1);
            if (args.get(i).equals("--out") && !value.startsWith("/dev/") && !value.startsWith(out.getParent()
                    .toString())) {
                args.set(i + 1, out.resolve("given").resolve(Integer.toHexString(value.hashCode())).toString());
            }
        }
    }

    /** Files a user might point --view or --out at by mistake, or on purpose. */
    private List<Path> hostileFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("/dev/zero"), Path.of("/dev/null"), Path.of("/dev/full"),
            folder, folder.resolve("missing.dcxview")));
        files.add(Files.writeString(folder.resolve("text.dcxview"), "not json at all"));
        files.add(Files.write(folder.resolve("big.dcxview"), new byte[BIG_FILE]));
        files.add(Files.writeString(folder.resolve("escapes.dcxview"), "{\"query\":{\"period\":\"\u001b[2J\","
            + "\"farmId\":\"\u001b]0;x\u0007\"}}"));
        return files;
    }

    private static final int BIG_FILE = 5 * 1024 * 1024;
}
