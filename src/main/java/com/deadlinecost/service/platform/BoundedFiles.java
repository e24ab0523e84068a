package com.deadlinecost.service.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads small files the app owns the format of (views, settings) with a size cap, and only when they are regular
 * files: {@code /dev/zero} would otherwise fill the memory and a named pipe block forever.
 */
public final class BoundedFiles {
    /** Views and settings are a few kilobytes; a thousand times that is certainly not one. */
    public static final int SMALL_FILE_CAP = 4 * 1024 * 1024;

    private BoundedFiles() {
    }

    /**
     * The file's bytes.
     *
     * @throws NoSuchFileException when it does not exist
     * @throws IOException with a message to show when it is not a regular file, is larger than {@code maxBytes},
     *     or cannot be read
     */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("it is not a regular file (a folder, a device or a pipe)");
        }
        if (Files.size(file) > maxBytes) {
            throw new IOException(tooLarge(maxBytes));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(tooLarge(maxBytes));
            }
            return bytes;
        }
    }

    private static String tooLarge(int maxBytes) {
        return String.format(Locale.ROOT, "it is larger than %,d KB, far more than such a file holds", maxBytes / 1024);
    }
}
