package com.deadlinecost.app.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the benchmark suite, when the source tree's {@code bench/run.sh} put it on the class path. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run the benchmarks and print their table: ingest, fx, memory, regroup, emulator, startup.",
        "The suite is in the source tree, not in the installed app.",
        "From a source checkout: bench/run.sh (see BENCHMARKS.md)."})
public final class BenchCommand implements Callable<Integer> {
    /** The exit code when the suite is not on the class path. */
    static final int NO_SUITE = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--only", split = ",", paramLabel = "FIGURE",
        description = "Run only these figures (comma-separated short names).")
    private List<String> only = List.of();

    @Override
    public Integer call() throws Exception {
        Optional<BenchmarkSuite> suite = ServiceLoader.load(BenchmarkSuite.class).findFirst();
        if (suite.isEmpty()) {
            spec.commandLine().getErr().println("deadline-cost-explorer bench: the benchmark suite is not part of"
                + " this build. From a source checkout run bench/run.sh (see BENCHMARKS.md).");
            return NO_SUITE;
        }
        return suite.get().run(spec.commandLine().getOut(), new LinkedHashSet<>(only));
    }
}
