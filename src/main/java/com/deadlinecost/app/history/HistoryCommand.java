package com.deadlinecost.app.history;

import com.deadlinecost.app.report.ReportArguments;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.export.report.ReportChart;
import com.deadlinecost.service.export.report.ReportWriter;
import com.deadlinecost.service.history.HistoryEntry;
import com.deadlinecost.service.history.HistoryException;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.history.StoredResult;
import com.deadlinecost.service.platform.AppDirectories;
import com.deadlinecost.service.platform.TerminalText;
import com.deadlinecost.service.settings.ViewSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deadline-cost-explorer history}: lists the results the app kept, exports one as {@code report} would
 * write it, deletes and prunes. Works offline: nothing here talks to Deadline Cloud.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List, export, delete and prune the results the app keeps in its history.",
        "  history                       list the results, newest first",
        "  history --export ID --out DIR write result ID as report files (--format csv,json,png,svg,pdf)",
        "  history --delete ID           delete one result",
        "  history --prune SIZE          delete the oldest results until the history takes at most SIZE "
            + "(e.g. 500MB, 2GB)",
        "  history --clear               delete every result"},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done",
        "  2  bad arguments or an unknown result id",
        "  5  the history or the files could not be read or written"})
public final class HistoryCommand implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_BAD_ARGUMENTS = 2;
    static final int EXIT_FAILED = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Option(names = "--export", paramLabel = "ID", description = "Write this result as report files.")
    Long export;
    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write to (default: current).")
    Path out = Path.of(".");
    @Option(names = "--format", paramLabel = "F,...", description = "csv, json, png, svg, pdf (default: csv,json).")
    String format = "csv,json";
    @Option(names = "--name", description = "The files' base name (default ${DEFAULT-VALUE}).")
    String name = "report";
    @Option(names = "--delete", paramLabel = "ID", description = "Delete this result.")
    Long delete;
    @Option(names = "--prune", paramLabel = "SIZE", description = "Delete the oldest results until the rest take at "
        + "most SIZE, e.g. 500MB or 2GB.")
    String prune;
    @Option(names = "--clear", description = "Delete every result.")
    boolean clear;

    private final Supplier<Path> file;
    private final Clock clock;

    HistoryCommand() {
        this(() -> HistoryStore.defaultFile(AppDirectories.forCurrentUser()), Clock.systemUTC());
    }

    /** For tests: another history file and a fixed clock. */
    HistoryCommand(Supplier<Path> file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            long chosen = (export != null ? 1 : 0) + (delete != null ? 1 : 0) + (prune != null ? 1 : 0)
                + (clear ? 1 : 0);
            if (chosen > 1) {
                return fail(err, EXIT_BAD_ARGUMENTS, "Choose one of --export, --delete, --prune and --clear.");
            }
            long cap = prune == null ? 0 : parseSize(prune);
            try (HistoryStore store = HistoryStore.open(file.get(), clock)) {
                store.notice().ifPresent(notice -> err.println("History: " + notice));
                if (export != null) {
                    return export(store, export, out, err);
                }
                if (delete != null) {
                    entryOrThrow(store, delete);
                    store.delete(delete);
                    err.println("Deleted result " + delete + ".");
                } else if (prune != null) {
                    int deleted = store.prune(cap);
                    err.println("Deleted " + deleted + (deleted == 1 ? " result" : " results") + "; the history takes "
                        + Formats.bytes(store.totalBytes()) + ".");
                } else if (clear) {
                    store.deleteAll();
                    err.println("The history is empty.");
                } else {
                    list(store, out);
                }
                err.flush();
                return EXIT_OK;
            }
        } catch (IllegalArgumentException e) {
            return fail(err, EXIT_BAD_ARGUMENTS, e.getMessage());
        } catch (HistoryException | ExportException e) {
            return fail(err, EXIT_FAILED, e.getMessage());
        }
    }

    private void list(HistoryStore store, PrintWriter out) {
        List<HistoryEntry> entries = store.list();
        out.println("History in " + store.file() + ": " + entries.size() + (entries.size() == 1 ? " result, "
            : " results, ") + Formats.bytes(store.totalBytes()) + " (cap "
            + Formats.bytes(store.settings().capBytes()) + ")");
        for (HistoryEntry entry : entries) {
            out.println(String.format(Locale.ROOT, "%6d  %s  %-28s %9d rows %9s%s  %s", entry.id(),
                WHEN.format(entry.fetchedAt()), TerminalText.oneLine(entry.farmName()), entry.rowCount(),
                Formats.bytes(entry.bytes()), entry.complete() ? "" : "  (cancelled)",
                TerminalText.oneLine(entry.description())));
        }
        out.flush();
    }

    private int export(HistoryStore store, long id, PrintWriter out, PrintWriter err) throws ExportException {
        entryOrThrow(store, id);
        StoredResult result = store.load(id);
        HistoryEntry entry = result.entry();
        ExportContext context = ExportContext.of(entry.query(), result.names().withJobNamesOf(result.rows()),
            entry.farmName(), entry.connection() + ", fetched " + WHEN.format(entry.fetchedAt()), clock);
        ReportChart chart = new ReportChart(ChartKind.RANKED_BARS, entry.query().groupBy().get(0), Measure.COST_SUM,
            ViewSettings.DEFAULT_TOP_N);
        List<Path> files = ReportWriter.write(this.out, name, ReportArguments.formats(format), context, result.rows(),
            chart);
        files.forEach(out::println);
        out.flush();
        err.println("Wrote " + files.size() + " files for " + result.rows().size() + " rows of result " + id + " to "
            + this.out);
        err.flush();
        return EXIT_OK;
    }

    private static HistoryEntry entryOrThrow(HistoryStore store, long id) {
        return store.entry(id).orElseThrow(() -> new IllegalArgumentException("There is no result " + id
            + " in the history; 'deadline-cost-explorer history' lists them."));
    }

    /** "500MB", "2GB", "1.5 GB", or bytes. */
    static long parseSize(String text) {
        String size = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1000000000"}, {"MB", "1000000"}, {"KB", "1000"}, {"B", "1"}}) {
            if (size.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                size = size.substring(0, size.length() - suffix[0].length());
                break;
            }
        }
        try {
            double value = Double.parseDouble(size);
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new NumberFormatException(text);
            }
            return (long) (value * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--prune '" + text + "' is not a size; write e.g. 500MB or 2GB");
        }
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("deadline-cost-explorer history: " + TerminalText.oneLine(message));
        err.flush();
        return code;
    }
}
