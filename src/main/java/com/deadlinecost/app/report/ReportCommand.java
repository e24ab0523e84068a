package com.deadlinecost.app.report;

import com.deadlinecost.app.wiring.ConnectionOptions;
import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.QueryBounds;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.QueryLimits;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.export.report.ReportChart;
import com.deadlinecost.service.export.report.ReportWriter;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.logging.SecretRedactor;
import com.deadlinecost.service.platform.AppDirectories;
import com.deadlinecost.service.platform.TerminalText;
import com.deadlinecost.service.views.RangePreset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deadline-cost-explorer report}: runs one query without a window and writes the report files. Progress
 * and notices go to stderr, the paths of the written files to stdout, and the exit code says how it ended.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a query headless (no display needed) and write the report files.",
        "Give the query as --view FILE or with the query options; times are in --tz (default UTC+00:00).",
        "Example: report --demo --farm \"Tidewater Episodic\" --from 2026-02-01 --to 2026-02-28 "
            + "--group-by queue,user --out reports/2026-02 --format csv,json,pdf"},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the report files were written",
        "  2  bad arguments, an unreadable view file, or a farm, queue or fleet that does not exist",
        "  3  the connection failed: sign-in, credentials, access, network or the service",
        "  4  the aggregation ended FAILED or TIMEOUT (too large: shorten the range or use a longer period)",
        "  5  the report files could not be written",
        "  6  with --fail-on-anomaly: anomalies were found (the files are written)",
        "With --history a result that cannot be kept in the history is still written; stderr says why."})
public final class ReportCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_ARGUMENTS = 2;
    public static final int EXIT_CONNECTION = 3;
    public static final int EXIT_AGGREGATION_FAILED = 4;
    public static final int EXIT_WRITE_FAILED = 5;
    public static final int EXIT_ANOMALY_FOUND = 6;

    @Spec
    private CommandSpec spec;

    @Option(names = "--view", paramLabel = "FILE", description = "A saved view (.dcxview) holding the query.")
    Path view;
    @Option(names = "--farm", paramLabel = "NAME|ID", description = "The farm (default: the first by name).")
    String farm;
    @Option(names = "--queues", paramLabel = "all|NAME,...", description = "Queues by name or id (default: all).")
    String queues;
    @Option(names = "--fleets", paramLabel = "all|NAME,...", description = "Fleets instead of queues.")
    String fleets;
    @Option(names = "--from", paramLabel = "DATE|DATE-TIME", description = "Start, e.g. 2026-02-01 "
        + "(default: 30 days before --to; with neither, the window's Last 30 days).")
    String from;
    @Option(names = "--to", paramLabel = "DATE|DATE-TIME", description = "End; a date includes that whole day "
        + "(default: now).")
    String to;
    @Option(names = "--tz", paramLabel = "UTC+HH:MM", description = "The fixed UTC offset of days and buckets "
        + "(default UTC+00:00).")
    String tz = "UTC+00:00";
    @Option(names = "--period", description = "hourly, daily, weekly or monthly (default daily).")
    String period = "daily";
    @Option(names = "--group-by", paramLabel = "A[,B]", description = "One or two of queue, fleet, job, user, "
        + "usage-type, instance-type, license-product (default: queue, or fleet with --fleets).")
    String groupBy;
    @Option(names = "--statistics", paramLabel = "S,...", description = "sum, min, max, avg (default sum).")
    String statistics = "sum";
    @Mixin
    ConnectionOptions connection = new ConnectionOptions();
    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write to (default: current).")
    Path out = Path.of(".");
    @Option(names = "--format", paramLabel = "F,...", description = "csv, json, png, svg, pdf (default: all).")
    String format = "csv,json,png,svg,pdf";
    @Option(names = "--name", description = "The files' base name (default ${DEFAULT-VALUE}).")
    String name = "report";
    @Option(names = "--chart", description = "ranked-bars, stacked-bars, lines or share (default: ranked-bars). "
        + "Time charts (stacked-bars, lines) also draw the earlier period, the projection and anomaly markers.")
    String chart;
    @Option(names = "--measure", description = "What the chart shows: cost-sum, runtime-sum, count, average-cost.")
    String measure;
    @Option(names = "--compare", paramLabel = "previous|last-month|last-year", description = "Compare with the "
        + "previous period of equal length, the same range last month or last year: earlier-value and change "
        + "columns in the CSV, changes.csv with each group's runtime and rate effects, and a waterfall chart.")
    String compare;
    @Option(names = "--anomalies", description = "Look for spend spikes and runaway sessions: anomalies.csv and "
        + "the anomalies in the JSON.")
    boolean anomalies;
    @Option(names = "--fail-on-anomaly", description = "With --anomalies: exit with code 6 when any is found.")
    boolean failOnAnomaly;
    @Option(names = "--projection", description = "Project the spending to the month's end with an 80 %% interval, "
        + "in the JSON's summary, with the method's backtest, and a projection chart.")
    boolean projection;
    @Option(names = "--history", description = "Keep the result in the app's history and reuse the settled days of "
        + "an earlier result of the same query from there, fetching only the rest (as the window does).")
    boolean history;
    @Option(names = "--allow-large", description = "Run a query above the size limit (about 250,000 rows: buckets "
        + "x groups, estimated) instead of refusing it.")
    boolean allowLarge;

    private final Supplier<DeadlineGateways> gateways;
    private final Clock clock;
    private final Supplier<Path> historyFile;

    ReportCommand() {
        this(DeadlineGateways::forApp, Clock.systemUTC());
    }

    /** For tests: another demo studio (with its own polling timings), a fixed clock. */
    ReportCommand(Supplier<DeadlineGateways> gateways, Clock clock) {
        this(gateways, clock, () -> HistoryStore.defaultFile(AppDirectories.forCurrentUser()));
    }

    /** For tests: also another history file. */
    public ReportCommand(Supplier<DeadlineGateways> gateways, Clock clock, Supplier<Path> historyFile) {
        this.gateways = gateways;
        this.clock = clock;
        this.historyFile = historyFile;
    }

    @Override
    public Integer call() {
        // Charts are drawn with Java2D into images and documents only; no window may ever be needed.
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        try {
            connection.endpoint();
            ReportFiles.checkBaseName(name);
            ReportPlan plan = view != null ? ReportPlan.fromView(this, clock, err) : ReportPlan.fromOptions(this);
            String source = view != null ? "The view's range" : "--from/--to";
            QueryBounds.timeProblem(plan.range().start(), plan.range().end(), clock.instant()).ifPresent(problem -> {
                throw new IllegalArgumentException(source + ": " + problem);
            });
            return run(plan, investigation(err), err);
        } catch (IllegalArgumentException e) {
            return fail(err, EXIT_BAD_ARGUMENTS, e.getMessage() + " (run 'deadline-cost-explorer report --help' "
                + "for the options)");
        }
    }

    private int run(ReportPlan plan, ReportInvestigation investigation, PrintWriter err) {
        try (DeadlineGateways local = gateways.get(); ReportHistory kept = ReportHistory.open(history,
                historyFile, clock, err); DeadlineGateway gateway = kept.keeping(open(plan, local))) {
            err.println("Connection: " + plan.connection());
            ReportResources resources = new ReportResources(gateway);
            NamedResource chosenFarm = resources.farm(plan.farm());
            if (plan.farm() == null) {
                err.println("Farm: " + chosenFarm.displayName() + " (the first by name; choose one with --farm)");
            } else {
                err.println("Farm: " + chosenFarm.displayName());
            }
            List<String> ids = resources.resourceIds(chosenFarm.id(), plan.kind(), plan.resourceNames());
            StatisticsQuery query = new StatisticsQuery(chosenFarm.id(), new ResourceSelection(plan.kind(), ids),
                plan.range(), plan.offset(), plan.period(), plan.groupBy(), plan.statistics());
            if (QueryLimits.asksFirst(query) && !allowLarge) {
                // The window asks before such a query; a script cannot answer, so it must say so up front.
                return fail(err, EXIT_BAD_ARGUMENTS, QueryLimits.refusal(query)
                    + " Or pass --allow-large to run it anyway.");
            }
            ReportProgress progress = new ReportProgress(err);
            ReportInvestigation.Result result = investigation.run(gateway, query, progress, clock.instant());
            kept.notes().forEach(note -> err.println("History: " + note));
            DisplayNames names = gateway.displayNames(chosenFarm.id()).withJobNamesOf(result.rows());
            gateway.nameProblems(chosenFarm.id()).forEach(problem -> err.println("Names: " + problem));
            ExportContext context = ExportContext.of(query, names,
                chosenFarm.displayName(), plan.connection(), clock);
            List<Path> files = ReportWriter.write(out, name, plan.formats(), context, result.rows(),
                plan.chart(query), result.insight());
            PrintWriter stdout = spec.commandLine().getOut();
            files.forEach(file -> stdout.println(file));
            stdout.flush();
            err.println("Wrote " + files.size() + " files for " + result.rows().size() + " rows to " + out);
            err.flush();
            if (failOnAnomaly && result.anomalyCount() > 0) {
                return fail(err, EXIT_ANOMALY_FOUND, result.anomalyCount()
                    + (result.anomalyCount() == 1 ? " anomaly" : " anomalies") + " found; see "
                    + out.resolve("anomalies.csv"));
            }
            return EXIT_OK;
        } catch (ReportArgumentException | IllegalArgumentException e) {
            return fail(err, EXIT_BAD_ARGUMENTS, e.getMessage());
        } catch (QueryProblem problem) {
            String advice = adviceForTerminal(problem.advice());
            return fail(err, exitCode(problem), problem.getMessage() + (advice.isEmpty() ? "" : " " + advice));
        } catch (ExportException e) {
            return fail(err, EXIT_WRITE_FAILED, e.getMessage());
        }
    }

    private ReportInvestigation investigation(PrintWriter err) {
        if (failOnAnomaly && !anomalies) {
            throw new IllegalArgumentException("--fail-on-anomaly needs --anomalies");
        }
        return new ReportInvestigation(compare == null ? null : CompareWith.parse(compare), anomalies, projection,
            err);
    }

    private DeadlineGateway open(ReportPlan plan, DeadlineGateways local) {
        return connection.open(local, plan.target());
    }

    static int exitCode(QueryProblem problem) {
        switch (problem.kind()) {
            case RESULT_TOO_LARGE:
                return EXIT_AGGREGATION_FAILED;
            case INVALID_REQUEST:
                return EXIT_BAD_ARGUMENTS;
            default:
                return EXIT_CONNECTION;
        }
    }

    /** The advice without the window's words: a report has no Retry button; running it again starts over. */
    public static String adviceForTerminal(String advice) {
        return Arrays.stream(advice.replace(", then press Retry (no restart needed)", ", then run the report again")
                .split("(?<=\\.)\\s+"))
            .filter(sentence -> !sentence.contains("Retry") && !sentence.contains("kept."))
            .collect(Collectors.joining(" ")).strip();
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("deadline-cost-explorer report: " + TerminalText.oneLine(SecretRedactor.redact(message)));
        err.flush();
        return code;
    }

    /**
     * The query's range from --from and --to in the offset; without either, the window's "Last 30 days" (from
     * midnight 29 days ago in the offset up to now), so a report and the window give the same totals.
     */
    TimeRange range(UtcOffset offset) {
        if (from == null && to == null) {
            return RangePreset.LAST_30_DAYS.resolve(clock, offset);
        }
        Instant end = to == null ? clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))
            : ReportArguments.time(to, offset, true, "--to");
        Instant start = from == null ? end.minus(Duration.ofDays(30))
            : ReportArguments.time(from, offset, false, "--from");
        return new TimeRange(start, end);
    }

    /** Checks --chart and --measure, so that a mistyped one stops the report before the query runs. */
    void checkChartOptions() {
        if (chart != null) {
            ReportArguments.chart(chart);
        }
        if (measure != null) {
            ReportArguments.measure(measure);
        }
    }

    ReportChart chartFor(StatisticsQuery query, ChartKind kind, GroupField dimension, Measure chosenMeasure,
                         int topN) {
        ChartKind chartKind = chart != null ? ReportArguments.chart(chart) : kind;
        Measure chartMeasure = measure != null ? ReportArguments.measure(measure) : chosenMeasure;
        GroupField chartDimension = dimension != null && query.groupBy().contains(dimension) ? dimension
            : query.groupBy().get(0);
        return new ReportChart(chartKind, chartDimension, chartMeasure, topN);
    }

    ResourceKind kind() {
        if (queues != null && fleets != null) {
            throw new IllegalArgumentException("Choose --queues or --fleets, not both");
        }
        return fleets != null ? ResourceKind.FLEET : ResourceKind.QUEUE;
    }
}
