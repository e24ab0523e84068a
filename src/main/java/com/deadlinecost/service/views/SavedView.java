package com.deadlinecost.service.views;

import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.ViewSettings;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * A named view as a {@code .dcxview} file holds it: the query, the connection it was saved with (names
 * only) and the chart and table settings, stamped with the file format's version and the app's version.
 *
 * @param formatVersion the version of the file format, {@link #FORMAT_VERSION} when written by this app
 * @param appVersion the version of the app that wrote the file
 * @param name the view's name
 * @param savedAt when the view was saved
 * @param connection the connection, names only
 * @param query the query in plain text
 * @param settings the chart and table settings
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SavedView(int formatVersion, String appVersion, String name, Instant savedAt,
                        ViewConnection connection, SavedQuery query, ViewSettings settings) {
    /** The format this version writes and reads in full. */
    public static final int FORMAT_VERSION = 1;
    /** The file name extension of views, without the dot. */
    public static final String EXTENSION = "dcxview";

    /** Checks the name and query; missing settings read as the defaults. */
    public SavedView {
        name = name == null || name.isBlank() ? "Untitled view" : name.strip();
        Objects.requireNonNull(query, "query");
        settings = settings == null ? ViewSettings.defaults() : settings;
    }

    /** This view with another query (e.g. without the queues the connection cannot see). */
    public SavedView withQuery(SavedQuery changed) {
        return new SavedView(formatVersion, appVersion, name, savedAt, connection, changed, settings);
    }
}
