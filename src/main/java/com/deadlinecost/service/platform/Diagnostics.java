package com.deadlinecost.service.platform;

import java.nio.file.Path;

/**
 * Help > Copy diagnostics: what a bug report needs to know about the machine, in a few lines. It names the kind
 * of connection only: no profile, account, key or token.
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * @param connectionKind e.g. "Demo studio", "AWS profile", "AWS default credentials"
     * @param logFolder where the log files are, or null
     */
    public static String text(String version, String connectionKind, Path logFolder) {
        return "Deadline Cost Explorer " + version + "\n"
            + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
            + System.getProperty("java.vm.name") + ")\n"
            + "JavaFX " + System.getProperty("javafx.runtime.version", "unknown") + "\n"
            + "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch") + "\n"
            + "Connection: " + connectionKind + "\n"
            + "Log folder: " + (logFolder == null ? "unknown" : logFolder.toAbsolutePath()) + "\n";
    }
}
