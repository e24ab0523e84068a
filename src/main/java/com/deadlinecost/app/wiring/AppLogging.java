package com.deadlinecost.app.wiring;

import com.deadlinecost.service.logging.LoggingConfigurator;
import java.nio.file.Path;

/**
 * Points the log file at the user's log folder. It must run before the first logger is created, because
 * {@link LoggingConfigurator} reads {@code dce.log.dir} once, when Logback configures itself.
 */
public final class AppLogging {
    public static final String LOG_DIR_PROPERTY = LoggingConfigurator.LOG_DIR_PROPERTY;

    private AppLogging() {
    }

    public static void useLogFolder(Path folder) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, folder.toAbsolutePath().toString());
        }
    }
}
