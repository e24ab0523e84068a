package com.deadlinecost.app;

import com.deadlinecost.app.bench.BenchCommand;
import com.deadlinecost.app.budgets.BudgetsCommand;
import com.deadlinecost.app.emulator.EmulatorCommand;
import com.deadlinecost.app.gui.GuiCommand;
import com.deadlinecost.app.history.HistoryCommand;
import com.deadlinecost.app.report.ReportCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deadline-cost-explorer [gui|emulator|report|budgets|bench]}: with no subcommand the window opens. */
@Command(
    name = "deadline-cost-explorer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Explore where AWS Deadline Cloud money and compute time go.",
    subcommands = {
        GuiCommand.class,
        EmulatorCommand.class,
        ReportCommand.class,
        BudgetsCommand.class,
        HistoryCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class
    })
public final class RootCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    // What a desktop passes when a saved view is double-clicked (Linux %f, Windows "%1").
    @Parameters(arity = "0..1", paramLabel = "VIEW_FILE", description = "A saved view (.dcxview) to open.")
    private Path viewFile;

    @Override
    public Integer call() {
        return GuiCommand.open(spec.commandLine().getErr(), viewFile);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return CommandErrors.install(commandLine);
    }
}
