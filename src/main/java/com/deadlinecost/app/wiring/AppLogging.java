package com.deadlinecost.app.wiring;

import java.nio.file.Path;

/**
 * Points the log file at the user's log folder. It must run before the first logger is created, because
 * Logback reads {@code dce.log.dir} once when it configures itself from logback.xml.
 */
public final class AppLogging {
    public static final String LOG_DIR_PROPERTY = "dce.log.dir";

    private AppLogging() {
    }

    public static void useLogFolder(Path folder) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, folder.toAbsolutePath().toString());
        }
    }
}
