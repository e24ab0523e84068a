package com.deadlinecost.app;

import com.deadlinecost.app.wiring.AppLogging;
import com.deadlinecost.service.platform.AppDirectories;

/**
 * The main class of the jar and the installer. Deliberately not a JavaFX {@code Application}: a plain main
 * lets {@code java -jar} start JavaFX from the classpath and lets the headless subcommands run without it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLogging.useLogFolder(AppDirectories.forCurrentUser().logs());
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, so tests can call it without exiting the JVM. */
    public static int execute(String... args) {
        return RootCommand.commandLine().execute(args);
    }
}
