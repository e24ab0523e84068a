package com.deadlinecost.app;

import com.deadlinecost.service.logging.SecretRedactor;
import com.deadlinecost.service.platform.TerminalText;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the command line fails: one line that names the problem and points to {@code --help}, instead of the
 * usage (fifty lines after the one that matters) or a stack trace. The trace of an unexpected error goes to the log.
 */
public final class CommandErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Bad arguments, as documented by every subcommand. */
    static final int EXIT_BAD_ARGUMENTS = 2;
    /** An error nobody foresaw: the report's "connection or service" code, the nearest documented one. */
    static final int EXIT_UNEXPECTED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(CommandErrors.class);

    public static CommandLine install(CommandLine commandLine) {
        CommandErrors handler = new CommandErrors();
        commandLine.setParameterExceptionHandler(handler);
        commandLine.setExecutionExceptionHandler(handler);
        return commandLine;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine where = error.getCommandLine();
        String name = where.getCommandSpec().qualifiedName();
        PrintWriter err = where.getErr();
        // An argument can hold a secret (a key pasted in the wrong place): redacted before it is repeated.
        err.println(name + ": " + TerminalText.oneLine(SecretRedactor.redact(error.getMessage())) + " (run '" + name
            + " --help' for the options)");
        err.flush();
        return EXIT_BAD_ARGUMENTS;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine where, ParseResult parsed) {
        LOG.error("Unexpected error in {}", where.getCommandSpec().qualifiedName(), error);
        PrintWriter err = where.getErr();
        err.println(where.getCommandSpec().qualifiedName() + ": unexpected error: "
            + TerminalText.oneLine(String.valueOf(error.getMessage())) + " (details are in the log file)");
        err.flush();
        return EXIT_UNEXPECTED;
    }
}
