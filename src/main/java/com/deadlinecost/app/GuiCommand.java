package com.deadlinecost.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the explorer window (the default).")
final class GuiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
