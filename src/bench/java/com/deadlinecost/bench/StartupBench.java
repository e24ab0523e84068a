package com.deadlinecost.bench;

import com.deadlinecost.app.Launcher;
import com.deadlinecost.ui.common.FirstPaintProbe;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Figure 6: launch to first painted window of the app ({@code Launcher gui}) vs {@link MinimalWindow}, each a
 * child JVM with the same class path and flags on the display in {@code DISPLAY}, alternating, medians. The
 * time runs from starting the process to the {@link FirstPaintProbe} line on its standard output.
 */
final class StartupBench {
    static final double TARGET = 1.3;
    static final String NAME = "6 Start-up to first painted window";
    private static final String TARGET_TEXT = "<= " + TARGET + "x";

    private final Alternation rounds;

    StartupBench(Alternation rounds) {
        this.rounds = rounds;
    }

    Figure run() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return Figure.skipped(NAME, TARGET_TEXT, "no display");
        }
        Path home = Files.createTempDirectory("dce-bench-home");
        String classPath = classPath();
        Alternation.Medians medians = rounds.run("start-up", "minimal window",
            measured -> launch(command(classPath, home, MinimalWindow.class.getName())),
            "app", measured -> launch(command(classPath, home, Launcher.class.getName(), "gui")));
        double appMedian = medians.figure();
        double minimalMedian = medians.baseline();
        double ratio = medians.ratio();
        return Figure.judged(NAME + " (median of " + rounds.repetitions() + ")", Figure.millis(appMedian),
            Figure.millis(minimalMedian) + " minimal window", ratio, TARGET_TEXT, ratio <= TARGET);
    }

    /**
     * The app's shaded jar when bench/run.sh names it ({@code dce.bench.appJar}), plus the bench classes; else
     * this JVM's class path. Both children get the same one.
     */
    private static String classPath() throws Exception {
        String jar = System.getProperty("dce.bench.appJar");
        if (jar == null || !new File(jar).isFile()) {
            return System.getProperty("java.class.path");
        }
        String benchClasses = new File(MinimalWindow.class.getProtectionDomain().getCodeSource().getLocation()
            .toURI()).getPath();
        return jar + File.pathSeparator + benchClasses;
    }

    private static List<String> command(String classPath, Path home, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-D" + FirstPaintProbe.PROPERTY + "=true", "-Ddce.home=" + home, "-cp", classPath,
            mainClass));
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
