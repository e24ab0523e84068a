package com.deadlinecost.app;

import com.deadlinecost.app.gui.GuiCommand;
import com.deadlinecost.app.wiring.AppLogging;
import com.deadlinecost.service.platform.AppDirectories;
import com.deadlinecost.service.platform.TerminalText;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.slf4j.LoggerFactory;

/**
 * The main class of the jar and the installer. Deliberately not a JavaFX {@code Application}: a plain main
 * lets {@code java -jar} start JavaFX from the classpath and lets the headless subcommands run without it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLogging.useLogFolder(AppDirectories.forCurrentUser().logs());
        System.exit(opensTheWindowOnly(args) ? openWindow() : execute(args));
    }

    /**
     * Whether the arguments ask for nothing but the window. Then the command-line parser is skipped: it builds its
     * model of every subcommand (a tenth of a second, before the toolkit could start) to find out just that.
     */
    static boolean opensTheWindowOnly(String... args) {
        return args.length == 0 || args.length == 1 && "gui".equals(args[0]);
    }

    private static int openWindow() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        try {
            return GuiCommand.open(err, null);
        } catch (RuntimeException e) {
            // As the parser's error handler says it (CommandErrors): one line here, the trace in the log.
            LoggerFactory.getLogger(Launcher.class).error("Unexpected error in the window", e);
            err.println("deadline-cost-explorer: unexpected error: " + TerminalText.oneLine(String.valueOf(
                e.getMessage())) + " (details are in the log file)");
            return CommandErrors.EXIT_UNEXPECTED;
        }
    }

    /** Runs the command line and returns its exit code, so tests can call it without exiting the JVM. */
    public static int execute(String... args) {
        return RootCommand.commandLine().execute(args);
    }
}
