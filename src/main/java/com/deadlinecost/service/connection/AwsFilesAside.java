package com.deadlinecost.service.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Builds SDK clients that need nothing of {@code ~/.aws} while the AWS config and credentials files are damaged.
 *
 * <p>SDK 2.40.2 parses the default profile files in every client build, even when the client is given its own
 * (empty) profile file: its global defaults prime a lazily derived profile file while merging. A damaged
 * {@code ~/.aws/config} then breaks the demo studio, which uses static credentials and a fixed region. The only lever
 * the SDK offers is where it looks for the files ({@code aws.configFile}, {@code aws.sharedCredentialsFile}), and
 * those are JVM-wide; so they point at an empty file only for the moment of the build, only after a build failed on
 * a damaged file, under one lock, and are restored at once.
 */
final class AwsFilesAside {
    private static final String CONFIG = "aws.configFile";
    private static final String CREDENTIALS = "aws.sharedCredentialsFile";
    private static final Object LOCK = new Object();

    private AwsFilesAside() {
    }

    /** Whether the failure is the SDK's profile parser refusing a file ("... on line 8"). */
    static boolean isDamagedProfileFile(RuntimeException error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("software.amazon.awssdk.profiles.")) {
                return true;
            }
        }
        return false;
    }

    static <T> T whileBuilding(Supplier<T> build) {
        synchronized (LOCK) {
            String config = System.getProperty(CONFIG);
            String credentials = System.getProperty(CREDENTIALS);
            Path empty = null;
            try {
                empty = Files.createTempFile("dce-no-aws-files", ".ini");
                System.setProperty(CONFIG, empty.toString());
                System.setProperty(CREDENTIALS, empty.toString());
                return build.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                restore(CONFIG, config);
                restore(CREDENTIALS, credentials);
                deleteQuietly(empty);
            }
        }
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A zero-byte file in the temp folder is harmless; the build has what it needs.
        }
    }
}
