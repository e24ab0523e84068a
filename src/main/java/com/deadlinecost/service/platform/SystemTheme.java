package com.deadlinecost.service.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Asks the desktop whether it prefers dark colours: GNOME's colour scheme or GTK theme on Linux, the
 * "apps use light theme" setting on Windows, the interface style on macOS. JavaFX 21 cannot tell, so this
 * runs the platform's own settings tool, briefly and off the UI thread; any doubt means light.
 */
public final class SystemTheme {
    private static final long TIMEOUT_MILLIS = 1500;

    private SystemTheme() {
    }

    /** True when the desktop prefers dark; blocks up to a second and a half. */
    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return output(List.of("reg", "query",
                "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                "AppsUseLightTheme")).contains("0x0");
        }
        if (os.startsWith("mac")) {
            return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT)
                .contains("dark");
        }
        return linuxPrefersDark(System.getenv());
    }

    static boolean linuxPrefersDark(Map<String, String> env) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtkTheme.contains("dark")) {
            return true;
        }
        String scheme = output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("prefer-dark")) {
            return true;
        }
        return output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
            .toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return "";
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
