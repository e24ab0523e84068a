package com.deadlinecost.service.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps the user's files, following each platform's convention: XDG on Linux, APPDATA and
 * LOCALAPPDATA on Windows, ~/Library on macOS. The system property {@code dce.home} puts everything under
 * one folder instead (portable use, tests).
 */
public record AppDirectories(Path config, Path logs, Path data) {
    static final String APP_FOLDER = "deadline-cost-explorer";
    static final String WINDOWS_APP_FOLDER = "DeadlineCostExplorer";

    /** The directories for this user on this machine. */
    public static AppDirectories forCurrentUser() {
        String home = System.getProperty("dce.home");
        if (home != null && !home.isBlank()) {
            return underOneRoot(Path.of(home));
        }
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** All three directories below one folder. */
    public static AppDirectories underOneRoot(Path root) {
        return new AppDirectories(root.resolve("config"), root.resolve("logs"), root.resolve("data"));
    }

    static AppDirectories of(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", userHome.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", userHome.resolve("AppData").resolve("Local"));
            return new AppDirectories(roaming.resolve(WINDOWS_APP_FOLDER),
                local.resolve(WINDOWS_APP_FOLDER).resolve("Logs"), local.resolve(WINDOWS_APP_FOLDER));
        }
        if (os.startsWith("mac")) {
            Path library = userHome.resolve("Library");
            return new AppDirectories(library.resolve("Application Support").resolve(WINDOWS_APP_FOLDER),
                library.resolve("Logs").resolve(WINDOWS_APP_FOLDER),
                library.resolve("Application Support").resolve(WINDOWS_APP_FOLDER));
        }
        Path config = envPath(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
        Path state = envPath(env, "XDG_STATE_HOME", userHome.resolve(".local").resolve("state"));
        Path data = envPath(env, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share"));
        return new AppDirectories(config.resolve(APP_FOLDER), state.resolve(APP_FOLDER).resolve("logs"),
            data.resolve(APP_FOLDER));
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative values are invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
