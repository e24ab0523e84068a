package com.deadlinecost.service.views;

import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.export.ExportFiles;
import com.deadlinecost.service.platform.AppVersion;
import com.deadlinecost.service.platform.BoundedFiles;
import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.ViewSettings;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves and opens {@code .dcxview} files (JSON). Opening never throws: a damaged file gives an error
 * result with a sentence to show; a file of a newer or older format, or with parts this version does not
 * understand, loads what it can and says what it left out.
 */
public final class ViewFiles {
    private static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private ViewFiles() {
    }

    /** The members every view file starts with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Header(int formatVersion, String appVersion, String name, Instant savedAt) {
    }

    /** A view of the current format and app version, saved now. */
    public static SavedView newView(String name, ViewConnection connection, SavedQuery query,
                                    ViewSettings settings, Instant now) {
        return new SavedView(SavedView.FORMAT_VERSION, AppVersion.current(), name, now, connection, query, settings);
    }

    /** Writes the view atomically; an existing file is replaced only once the new one is complete. */
    public static void save(Path file, SavedView view) throws ExportException {
        SavedView current = new SavedView(SavedView.FORMAT_VERSION, AppVersion.current(), view.name(),
            view.savedAt(), view.connection(), view.query(), view.settings());
        byte[] json = MAPPER.writeValueAsBytes(current);
        ExportFiles.write(file, out -> out.write(json));
    }

    /** Opens a view file; see the class comment. */
    public static ViewLoadResult load(Path file) {
        String shown = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, BoundedFiles.SMALL_FILE_CAP);
        } catch (NoSuchFileException e) {
            return ViewLoadResult.failed("The view file " + file + " does not exist.");
        } catch (IOException e) {
            return ViewLoadResult.failed("Could not read the view file " + file + ": " + e.getMessage() + ".");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            return ViewLoadResult.failed(shown + " is damaged or is not a Deadline Cost Explorer view: "
                + firstLine(e.getOriginalMessage()) + ".");
        }
        if (root == null || !root.isObject() || !root.has("query") || !root.get("query").isObject()) {
            return ViewLoadResult.failed(shown + " is not a Deadline Cost Explorer view: it has no query.");
        }
        List<String> warnings = new ArrayList<>();
        Header header = part(root, Header.class, new Header(0, null, null, null), "", warnings);
        warnAboutVersion(header, shown, warnings);
        SavedQuery saved = part(root.get("query"), SavedQuery.class, null, "", warnings);
        if (saved == null) {
            return ViewLoadResult.failed(shown + " is damaged: its query cannot be read.");
        }
        QueryForms.Repaired repaired = QueryForms.repair(saved);
        warnings.addAll(repaired.warnings());
        ViewConnection connection = part(root.get("connection"), ViewConnection.class, null,
            "The saved connection could not be read; the current connection is used.", warnings);
        ViewSettings settings = part(root.get("settings"), ViewSettings.class, ViewSettings.defaults(),
            "The chart and table settings could not be read; the defaults are used.", warnings);
        String name = header.name() != null ? header.name() : shown.replaceFirst("\\.dcxview$", "");
        return ViewLoadResult.loaded(new SavedView(header.formatVersion(), header.appVersion(), name,
            header.savedAt(), connection, repaired.query(), settings), warnings);
    }

    private static void warnAboutVersion(Header header, String shown, List<String> warnings) {
        String writer = header.appVersion() == null ? "" : " (Deadline Cost Explorer " + header.appVersion() + ")";
        if (header.formatVersion() > SavedView.FORMAT_VERSION) {
            warnings.add(shown + " was saved by a newer version" + writer + " in view format "
                + header.formatVersion() + "; this version reads format " + SavedView.FORMAT_VERSION
                + " and loaded what it understands. Update the app to open everything in it.");
        } else if (header.formatVersion() < SavedView.FORMAT_VERSION) {
            warnings.add(shown + " was saved by an older version" + writer + " in an earlier view format; it was "
                + "converted. Save it again to keep it in the current format.");
        }
    }

    private static <T> T part(JsonNode node, Class<T> type, T fallback, String warning, List<String> warnings) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return fallback;
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JacksonException | IllegalArgumentException e) {
            if (!warning.isEmpty()) {
                warnings.add(warning);
            }
            return fallback;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
