package com.deadlinecost.service.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader sees either the old complete file or the new complete file, never a torn
 * one: the content goes to a temporary file in the same folder, is flushed to disk, and is then moved over
 * the target. If anything fails the target is untouched and the temporary file is removed.
 */
public final class AtomicFiles {

    /** Writes the content of a file through an output stream. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The reason given when the target is marked read-only. */
    public static final String READ_ONLY = "the file is read-only";
    /** A temporary file older than this was left by a write that was killed, not one in progress. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final String TEMP_SUFFIX = ".tmp";
    /** Ours: a dot, the target's name, the random digits of createTempFile, ".tmp". */
    private static final Pattern OUR_TEMPORARY = Pattern.compile("\\..+\\.[A-Za-z0-9]*?-?\\d{5,}\\.tmp");

    private AtomicFiles() {
    }

    /**
     * Whether the file carries no write permission. Asked of the permission bits, not of access(): the
     * administrator (or root in a container) may write anything, yet a read-only mark is still the user's word.
     */
    static boolean markedReadOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(file);
        }
    }

    /** Removes temporary files of ours that a killed write left in {@code folder}; best effort. */
    static void removeStaleTemporaries(Path folder) {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                if (OUR_TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Leftovers are untidy, not harmful: the write itself must not fail over them.
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, ContentWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        Files.createDirectories(folder);
        if (Files.isRegularFile(absolute) && markedReadOnly(absolute)) {
            // Replacing by rename would succeed in a writable folder, and quietly defeat the read-only mark.
            throw new AccessDeniedException(absolute.toString(), null, READ_ONLY);
        }
        removeStaleTemporaries(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems cannot rename atomically; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
