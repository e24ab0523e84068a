package com.deadlinecost.service.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An export that could not be written, with a message meant for the user: which file, what happened and
 * what to do. Whatever was at the path before is still there, unchanged.
 */
public final class ExportException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ExportException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that was being written. */
    public Path file() {
        return file;
    }
}
