package com.deadlinecost.service.settings;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the app remembers between runs. New members get defaults so that an older settings file
 * still loads; unknown members (from a newer version) are ignored rather than failing the load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(int formatVersion, WindowBounds window, ConnectionTarget connection,
                          SavedQuery lastQuery, ThemeChoice theme, List<String> recentViews,
                          boolean lastRunUnfinished, String exportFolder,
                          ViewSettings view) {
    public static final int CURRENT_FORMAT = 1;
    /** How many saved views File > Recent views remembers. */
    public static final int MAX_RECENT_VIEWS = 8;

    public AppSettings {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        recentViews = recentViews == null ? List.of() : List.copyOf(recentViews);
        view = view == null ? ViewSettings.defaults() : view;
    }

    /** The view file first among the recent ones, once, keeping at most {@link #MAX_RECENT_VIEWS}. */
    public AppSettings withRecentView(String path) {
        List<String> recent = new ArrayList<>();
        recent.add(path);
        recentViews.stream().filter(other -> !other.equals(path)).limit(MAX_RECENT_VIEWS - 1).forEach(recent::add);
        return new AppSettings(CURRENT_FORMAT, window, connection, lastQuery, theme, recent, lastRunUnfinished,
            exportFolder, view);
    }

    public static AppSettings defaults() {
        return new AppSettings(CURRENT_FORMAT, null, null, null, ThemeChoice.SYSTEM, List.of(), false, null, null);
    }

    public AppSettings withTheme(ThemeChoice choice) {
        return new AppSettings(CURRENT_FORMAT, window, connection, lastQuery, choice, recentViews, lastRunUnfinished,
            exportFolder, view);
    }

    /** The folder the last export or view was saved to or opened from, for the next file dialog. */
    public Optional<String> exportFolderIfAny() {
        return Optional.ofNullable(exportFolder);
    }

    public AppSettings withExportFolder(String folder) {
        return new AppSettings(CURRENT_FORMAT, window, connection, lastQuery, theme, recentViews, lastRunUnfinished,
            folder, view);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    /** The connection of the last run; the demo studio on first start. */
    public ConnectionTarget connectionOrDemo() {
        return connection == null ? ConnectionTarget.demo() : connection;
    }

    public Optional<SavedQuery> lastQueryIfAny() {
        return Optional.ofNullable(lastQuery);
    }

    public AppSettings withWindow(WindowBounds bounds) {
        return new AppSettings(CURRENT_FORMAT, bounds, connection, lastQuery, theme, recentViews, lastRunUnfinished,
            exportFolder, view);
    }

    public AppSettings withConnection(ConnectionTarget target) {
        return new AppSettings(CURRENT_FORMAT, window, target, lastQuery, theme, recentViews, lastRunUnfinished,
            exportFolder, view);
    }

    public AppSettings withLastQuery(SavedQuery query) {
        return new AppSettings(CURRENT_FORMAT, window, connection, query, theme, recentViews, lastRunUnfinished,
            exportFolder, view);
    }

    /**
     * Whether the last query run was still running when it was cancelled, failed or the app ended: such a
     * query is not run again by itself at the next start.
     */
    public AppSettings withLastRunUnfinished(boolean unfinished) {
        return new AppSettings(CURRENT_FORMAT, window, connection, lastQuery, theme, recentViews, unfinished,
            exportFolder, view);
    }

    /**
     * How the results were last shown (chart type, measure, top N, the table's sort, hidden columns and widths),
     * restored at the next start.
     */
    public AppSettings withView(ViewSettings shown) {
        return new AppSettings(CURRENT_FORMAT, window, connection, lastQuery, theme, recentViews, lastRunUnfinished,
            exportFolder, shown);
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
