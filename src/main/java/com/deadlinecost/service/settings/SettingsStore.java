package com.deadlinecost.service.settings;

import com.deadlinecost.service.platform.AtomicFiles;
import com.deadlinecost.service.platform.BoundedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code settings.json} in the user's config folder. A file that cannot be read is never
 * fatal: it is kept beside the original as {@code settings.json.corrupt-<timestamp>} for the user to inspect,
 * the defaults are used, and the caller receives a one-line notice to show.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final String VIEW_MEMBER = "view";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter STAMP =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final JsonMapper mapper = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // A value a newer version wrote (a new theme, say) falls back to the default for that setting alone.
        .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();

    public SettingsStore(Path configFolder, Clock clock) {
        this.file = configFolder.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Loads the settings; never throws. */
    public Loaded load() {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, BoundedFiles.SMALL_FILE_CAP);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), Optional.empty());
        } catch (IOException e) {
            LOG.warn("Cannot read settings file {}: {}", file, e.toString());
            return new Loaded(AppSettings.defaults(), Optional.of(
                "Could not read the settings file " + file + " (" + e.getMessage() + "); using defaults."));
        }
        try {
            AppSettings settings = mapper.readValue(bytes, AppSettings.class);
            if (settings == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return new Loaded(settings, Optional.empty());
        } catch (JacksonException | IllegalArgumentException e) {
            return withoutTheView(bytes).orElseGet(() -> quarantine(e.getMessage()));
        }
    }

    // How results were last shown is the least valuable part of the file: when only it is unreadable, the rest of
    // the settings (connection, last query, recent views) are kept and the view falls back to the defaults.
    private Optional<Loaded> withoutTheView(byte[] bytes) {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root instanceof ObjectNode object && object.remove(VIEW_MEMBER) != null) {
                AppSettings settings = mapper.treeToValue(object, AppSettings.class);
                LOG.warn("The chart and table settings in {} could not be read; the defaults are used", file);
                return Optional.ofNullable(settings).map(loaded -> new Loaded(loaded, Optional.empty()));
            }
        } catch (JacksonException | IllegalArgumentException e) {
            LOG.debug("Settings file {} is unreadable without its view too", file);
        }
        return Optional.empty();
    }

    /** Writes the settings atomically; an existing file is replaced only once the new one is complete. */
    public void save(AppSettings settings) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(settings));
    }

    private Loaded quarantine(String reason) {
        Path kept = file.resolveSibling(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
        String firstLine = reason == null ? "unreadable" : reason.lines().findFirst().orElse("unreadable");
        LOG.warn("Settings file {} is corrupt ({}); kept as {}", file, firstLine, kept);
        try {
            Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            return new Loaded(AppSettings.defaults(), Optional.of(
                "Your settings file was damaged, so defaults are in use. The old file is kept as " + kept + "."));
        } catch (IOException e) {
            LOG.warn("Cannot keep corrupt settings file as {}: {}", kept, e.toString());
            return new Loaded(AppSettings.defaults(), Optional.of(
                "Your settings file " + file + " was damaged, so defaults are in use."));
        }
    }

    /** The settings that were loaded, with a notice for the user when something was wrong. */
    public record Loaded(AppSettings settings, Optional<String> notice) {
    }
}
