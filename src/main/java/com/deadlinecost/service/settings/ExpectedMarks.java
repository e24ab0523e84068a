package com.deadlinecost.service.settings;

import com.deadlinecost.service.platform.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anomalies a user marked "expected", remembered by their keys (kind, group values, bucket start) in
 * {@value #FILE_NAME} next to the settings, and hidden from then on. A damaged file is read as no marks and logged;
 * writes are atomic. Thread-safe.
 */
public final class ExpectedMarks {
    public static final String FILE_NAME = "expected-anomalies.json";
    private static final Logger LOG = LoggerFactory.getLogger(ExpectedMarks.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private Set<String> marks;

    public ExpectedMarks(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    /** The marked keys. */
    public synchronized Set<String> keys() {
        if (marks == null) {
            marks = read();
        }
        return Collections.unmodifiableSet(new TreeSet<>(marks));
    }

    /**
     * Marks {@code key} expected and writes the file.
     *
     * @throws IOException when the file cannot be written; the mark is then kept for this session only
     */
    public synchronized void mark(String key) throws IOException {
        keys();
        if (marks.add(key)) {
            byte[] bytes = MAPPER.writeValueAsBytes(List.copyOf(marks));
            AtomicFiles.write(file, bytes);
        }
    }

    private Set<String> read() {
        try {
            List<String> read = MAPPER.readValue(Files.readAllBytes(file), new TypeReference<List<String>>() { });
            return new TreeSet<>(read == null ? List.of() : read);
        } catch (NoSuchFileException e) {
            return new TreeSet<>();
        } catch (IOException | JacksonException e) {
            LOG.warn("Cannot read the expected anomalies in {} ({}); none are hidden", file, e.getMessage());
            return new TreeSet<>();
        }
    }
}
