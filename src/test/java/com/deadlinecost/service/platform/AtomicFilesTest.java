package com.deadlinecost.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFileAndItsFolders() throws IOException {
        Path target = folder.resolve("a/b/out.txt");

        AtomicFiles.write(target, "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("hello");
    }

    @Test
    void failedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("report.csv");
        Files.writeString(target, "old content");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(target).hasContent("old content");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = folder.resolve("view.dcxview");
        Files.writeString(target, "old");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
    }
}
