package com.deadlinecost.service.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * Everything the app remembers between runs. New members get defaults so that an older settings file
 * still loads; unknown members (from a newer version) are ignored rather than failing the load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(int formatVersion, WindowBounds window) {
    public static final int CURRENT_FORMAT = 1;

    public static AppSettings defaults() {
        return new AppSettings(CURRENT_FORMAT, null);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public AppSettings withWindow(WindowBounds bounds) {
        return new AppSettings(CURRENT_FORMAT, bounds);
    }

    /** The main window's position and size in screen coordinates, and whether it was maximised. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public WindowBounds {
            if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("window bounds must be finite with a positive size");
            }
        }
    }
}
