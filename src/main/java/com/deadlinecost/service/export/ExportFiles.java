package com.deadlinecost.service.export;

import com.deadlinecost.service.platform.AtomicFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Writes export files atomically (see {@link AtomicFiles}) and turns the file system's failures into
 * {@link ExportException}s a person can act on. An existing file is replaced only once the new one is
 * complete, so a failure leaves it as it was.
 */
public final class ExportFiles {

    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    private ExportFiles() {
    }

    /** Writes {@code file} through {@code writer}; on failure the old file (if any) is left intact. */
    public static void write(Path file, AtomicFiles.ContentWriter writer) throws ExportException {
        try {
            Set<PosixFilePermission> permissions = permissionsFor(file);
            // Writers such as Jackson and PDFBox close the stream they are given; AtomicFiles still has to
            // flush it to disk, so they get one whose close only flushes.
            AtomicFiles.write(file, out -> writer.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            }));
            restorePermissions(file, permissions);
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw explain(file, e);
        }
    }

    // The temporary file AtomicFiles moves into place is private to the user; an export is meant to be
    // shared, so it gets the replaced file's permissions, or those of a normal new file.
    private static Set<PosixFilePermission> permissionsFor(Path file) {
        try {
            return Files.exists(file) ? Files.getPosixFilePermissions(file) : SHARED;
        } catch (IOException | UnsupportedOperationException e) {
            return SHARED;
        }
    }

    private static void restorePermissions(Path file, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not a POSIX file system (Windows) or not ours to change: the file is written, which matters most.
        }
    }

    /** The user-facing message for a failed write of {@code file}. */
    static ExportException explain(Path file, Exception failure) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        String what = "Could not write " + absolute.getFileName() + " in " + folder + ": ";
        String keep = Files.exists(absolute) ? " The existing file was left unchanged." : "";
        String reason = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        String message;
        if (failure instanceof AccessDeniedException
            && AtomicFiles.READ_ONLY.equals(((AccessDeniedException) failure).getReason())) {
            message = what + "the file is read-only. Make it writable, or choose another name or folder.";
        } else if (failure instanceof NotDirectoryException || failure instanceof FileAlreadyExistsException) {
            message = what + folder + " is a file, not a folder. Choose a folder to write to.";
        } else if (failure instanceof AccessDeniedException || reason.contains("permission denied")
            || reason.contains("read-only")) {
            message = what + "permission denied. Choose a folder you can write to, or ask for write access.";
        } else if (reason.contains("no space") || reason.contains("disk full") || reason.contains("quota")) {
            message = what + "the disk is full. Free some space or choose another drive, then export again.";
        } else if (failure instanceof NoSuchFileException) {
            message = what + "the folder does not exist and could not be created. Choose an existing folder.";
        } else if (failure instanceof FileSystemException) {
            String why = ((FileSystemException) failure).getReason();
            message = what + (why == null ? failure.getClass().getSimpleName() : why)
                + ". Choose another folder or try again.";
        } else {
            String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            message = what + detail + ". Choose another folder or try again.";
        }
        return new ExportException(file, message + keep, failure);
    }
}
