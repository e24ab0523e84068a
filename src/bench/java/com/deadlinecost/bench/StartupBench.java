package com.deadlinecost.bench;

import com.deadlinecost.app.Launcher;
import com.deadlinecost.ui.common.FirstPaintProbe;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Figure 6: launch to first painted window of the app ({@code Launcher gui}) vs {@link MinimalWindow}, each a
 * child JVM with the same class path and flags on the display in {@code DISPLAY}, alternating, medians. The
 * time runs from starting the process to the {@link FirstPaintProbe} line on its standard output.
 *
 * <p>Both use class-data sharing the way the jar run does (README, "Faster start-up"): a training run of each
 * writes its own dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit}, JDK 17), and the measured runs map it
 * ({@code -XX:SharedArchiveFile}). CDS needs jars on the class path, so the minimal window runs from a jar of
 * its own beside the app's jar. Without the app's jar (run outside bench/run.sh) both run without CDS.
 */
final class StartupBench {
    static final double TARGET = 1.3;
    static final String NAME = "6 Start-up to first painted window";
    private static final String TARGET_TEXT = "<= " + TARGET + "x";

    private final Alternation rounds;
    private final Path workDir;

    StartupBench(Alternation rounds, Path workDir) {
        this.rounds = rounds;
        this.workDir = workDir;
    }

    Figure run() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return Figure.skipped(NAME, TARGET_TEXT, "no display");
        }
        Path home = Files.createTempDirectory("dce-bench-home");
        String jar = System.getProperty("dce.bench.appJar");
        boolean cds = jar != null && new File(jar).isFile();
        String classPath = cds ? jar + File.pathSeparator + minimalWindowJar() : System.getProperty("java.class.path");
        List<String> minimalFlags = new ArrayList<>();
        List<String> appFlags = new ArrayList<>();
        if (cds) {
            minimalFlags.add("-XX:SharedArchiveFile=" + train(classPath, home, "minimal",
                MinimalWindow.class.getName()));
            appFlags.add("-XX:SharedArchiveFile=" + train(classPath, home, "app", Launcher.class.getName(), "gui"));
        }
        Alternation.Medians medians = rounds.run("start-up", "minimal window",
            measured -> launch(command(classPath, home, minimalFlags, MinimalWindow.class.getName())),
            "app", measured -> launch(command(classPath, home, appFlags, Launcher.class.getName(), "gui")));
        double ratio = medians.ratio();
        return Figure.judged(NAME + (cds ? ", AppCDS" : ", no CDS") + " (median of " + rounds.repetitions() + ")",
            Figure.millis(medians.figure()), Figure.millis(medians.baseline()) + " minimal window", ratio,
            TARGET_TEXT, ratio <= TARGET);
    }

    /** One run that writes the program's dynamic CDS archive when it exits; returns the archive. */
    private Path train(String classPath, Path home, String name, String mainClass, String... args)
            throws Exception {
        Path archive = workDir.resolve("startup-" + name + ".jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        launch(command(classPath, home, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off"), mainClass, args));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run of " + name + " wrote no CDS archive " + archive);
        }
        return archive;
    }

    /** The bench's {@link MinimalWindow} as a jar: CDS archives classes from jars only, not from folders. */
    private Path minimalWindowJar() throws IOException {
        Path jar = workDir.resolve("minimal-window.jar").toAbsolutePath();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : List.of(MinimalWindow.class, MinimalWindow.Window.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> command(String classPath, Path home, List<String> flags, String mainClass,
            String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-D" + FirstPaintProbe.PROPERTY + "=true", "-Ddce.home=" + home));
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the command and returns the nanoseconds until it printed the first-paint marker. */
    private static long launch(List<String> command) throws Exception {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<Long> painted = CompletableFuture.supplyAsync(() -> awaitMarker(process, started));
            return painted.get(2, TimeUnit.MINUTES);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static long awaitMarker(Process process, long started) {
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(FirstPaintProbe.MARKER)) {
                    return System.nanoTime() - started;
                }
                output.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading the child's output failed", e);
        }
        throw new IllegalStateException("the window never painted; its output:\n" + String.join("\n", output));
    }
}
