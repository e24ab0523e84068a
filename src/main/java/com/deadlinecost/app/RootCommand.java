package com.deadlinecost.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code deadline-cost-explorer [gui|emulator|report|bench]}: with no subcommand the window opens. */
@Command(
    name = "deadline-cost-explorer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Explore where AWS Deadline Cloud money and compute time go.",
    subcommands = {
        GuiCommand.class,
        EmulatorCommand.class,
        ReportCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class
    })
public final class RootCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new GuiCommand().call();
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
