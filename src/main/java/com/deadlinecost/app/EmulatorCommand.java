package com.deadlinecost.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "emulator", mixinStandardHelpOptions = true,
    description = "Serve the local Deadline Cloud API emulator with the demo studio.")
final class EmulatorCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return NotAvailableYet.report(spec.commandLine().getErr(), "emulator");
    }
}
