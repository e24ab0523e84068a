package com.deadlinecost.app.budgets;

import com.deadlinecost.app.report.ReportArgumentException;
import com.deadlinecost.app.report.ReportCommand;
import com.deadlinecost.app.report.ReportResources;
import com.deadlinecost.app.wiring.ConnectionOptions;
import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetProjection;
import com.deadlinecost.model.budget.BudgetProjector;
import com.deadlinecost.model.budget.BudgetRisk;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.export.BudgetFiles;
import com.deadlinecost.service.export.BudgetLine;
import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.logging.SecretRedactor;
import com.deadlinecost.service.platform.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deadline-cost-explorer budgets}: every farm budget with how much is used, where it is heading and when
 * each threshold is reached; with {@code --fail-at PCT}, exit 7 when an active budget is projected to end at or
 * past PCT % of its limit. The table goes to stdout, notices to stderr.
 */
@Command(name = "budgets", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List the farm budgets: used, projected to the end of each window, and when each threshold "
            + "(and so the queue's stop) is reached at the current pace.",
        "Example, the scheduled check a studio runs from cron: budgets --profile studio --region us-west-2 "
            + "--fail-at 90 --format csv --out /srv/budget-checks"},
    footerHeading = "%nProjection:%n",
    footer = {"  The pace is the average daily spend since the window opened; the projection assumes it for the "
            + "rest of the window.",
        "%nExit codes:",
        "  0  the budgets were listed (and none is projected past --fail-at)",
        "  2  bad arguments, or a farm that does not exist",
        "  3  the connection failed: sign-in, credentials, access, network or the service",
        "  5  the files could not be written",
        "  7  an active budget is projected to end at or past --fail-at % of its limit"})
public final class BudgetsCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_ARGUMENTS = 2;
    public static final int EXIT_CONNECTION = 3;
    public static final int EXIT_WRITE_FAILED = 5;
    public static final int EXIT_PROJECTED_PAST = 7;

    @Spec
    private CommandSpec spec;
    @Mixin
    ConnectionOptions connection = new ConnectionOptions();
    @Option(names = "--farm", paramLabel = "NAME|ID", description = "Only this farm (default: every farm).")
    String farm;
    @Option(names = "--format", paramLabel = "F,...", description = "Also write files: csv, json.")
    String format;
    @Option(names = "--out", paramLabel = "DIR", description = "The folder for the files (default: current).")
    Path out = Path.of(".");
    @Option(names = "--fail-at", paramLabel = "PCT", description = "Exit 7 when an active budget is projected to "
        + "end at or past PCT % of its limit, e.g. 90.")
    Double failAt;

    private final Supplier<DeadlineGateways> gateways;
    private final Clock clock;

    BudgetsCommand() {
        this(DeadlineGateways::forApp, Clock.systemUTC());
    }

    /** For tests: another demo studio, a fixed clock. */
    BudgetsCommand(Supplier<DeadlineGateways> gateways, Clock clock) {
        this.gateways = gateways;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> formats;
        try {
            formats = formats();
            if (failAt != null && !(failAt > 0 && failAt <= 1000)) {
                throw new IllegalArgumentException("--fail-at takes a percentage above 0, e.g. 90, not " + failAt);
            }
            connection.target();
        } catch (IllegalArgumentException e) {
            return fail(err, EXIT_BAD_ARGUMENTS, e.getMessage() + " (run 'deadline-cost-explorer budgets --help' "
                + "for the options)");
        }
        try (DeadlineGateways local = gateways.get(); DeadlineGateway gateway = connection.open(local)) {
            err.println("Connection: " + connection.describe());
            List<BudgetLine> lines = lines(gateway, err);
            PrintWriter stdout = spec.commandLine().getOut();
            BudgetTable.print(stdout, lines);
            stdout.flush();
            write(formats, lines);
            return verdict(lines, err);
        } catch (ReportArgumentException | IllegalArgumentException e) {
            return fail(err, EXIT_BAD_ARGUMENTS, e.getMessage());
        } catch (QueryProblem problem) {
            return fail(err, problem.kind() == QueryProblem.Kind.INVALID_REQUEST ? EXIT_BAD_ARGUMENTS
                : EXIT_CONNECTION, problem.getMessage() + " " + ReportCommand.adviceForTerminal(problem.advice()));
        } catch (ExportException e) {
            return fail(err, EXIT_WRITE_FAILED, e.getMessage());
        }
    }

    private List<BudgetLine> lines(DeadlineGateway gateway, PrintWriter err) {
        List<NamedResource> farms = farm == null ? gateway.farms()
            : List.of(new ReportResources(gateway).farm(farm));
        Instant now = clock.instant();
        List<BudgetLine> lines = new ArrayList<>();
        int denied = 0;
        for (NamedResource each : farms) {
            List<Budget> budgets;
            try {
                budgets = gateway.budgets().budgets(each.id());
            } catch (QueryProblem problem) {
                if (problem.kind() != QueryProblem.Kind.ACCESS_DENIED || farm != null) {
                    throw problem;
                }
                err.println("Farm " + each.displayName() + " left out: " + problem.getMessage());
                denied++;
                continue;
            }
            Map<String, String> queueNames = gateway.queues(each.id()).stream()
                .collect(Collectors.toMap(NamedResource::id, NamedResource::displayName, (a, b) -> a));
            for (Budget budget : budgets) {
                BudgetProjection projection = BudgetProjector.project(budget, now);
                lines.add(new BudgetLine(each.displayName(), queueNames.getOrDefault(budget.queueId(),
                    budget.queueId()), projection));
            }
        }
        if (denied > 0 && denied == farms.size()) {
            throw new QueryProblem(QueryProblem.Kind.ACCESS_DENIED, "No farm's budgets could be read.",
                "Budgets need the OWNER membership level on the farm.", "", null);
        }
        lines.sort(Comparator.comparing(BudgetLine::projection, BudgetRisk.order()));
        err.println(lines.size() + " budgets on " + farms.size() + " farms, as of " + now);
        return lines;
    }

    private void write(List<String> formats, List<BudgetLine> lines) throws ExportException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (formats.contains("csv")) {
            Path file = out.resolve("budgets.csv");
            BudgetFiles.writeCsv(file, lines);
            stdout.println(file);
        }
        if (formats.contains("json")) {
            Path file = out.resolve("budgets.json");
            BudgetFiles.writeJson(file, lines, connection.describe());
            stdout.println(file);
        }
        stdout.flush();
    }

    private int verdict(List<BudgetLine> lines, PrintWriter err) {
        if (failAt == null) {
            err.flush();
            return EXIT_OK;
        }
        List<BudgetLine> over = lines.stream().filter(line -> line.budget().active()
            && !line.budget().ended(line.projection().now())
            && line.projection().projectedShare() * 100 >= failAt).collect(Collectors.toList());
        for (BudgetLine line : over) {
            err.printf(Locale.ROOT, "Over %s: %s (%s, %s) is projected to end at %.0f %% of its limit%s%n",
                BudgetTable.percent(failAt), line.budget().displayName(), line.farmName(), line.queueName(),
                line.projection().projectedShare() * 100, line.stopDate().isEmpty() ? ""
                    : "; at this pace the queue stops on " + line.stopDate());
        }
        err.flush();
        return over.isEmpty() ? EXIT_OK : EXIT_PROJECTED_PAST;
    }

    private List<String> formats() {
        if (format == null || format.isBlank()) {
            return List.of();
        }
        List<String> formats = Arrays.stream(format.split(",")).map(item -> item.strip().toLowerCase(Locale.ROOT))
            .filter(item -> !item.isEmpty()).collect(Collectors.toList());
        for (String each : formats) {
            if (!each.equals("csv") && !each.equals("json")) {
                throw new IllegalArgumentException("--format takes csv and json, not '" + each + "'");
            }
        }
        return formats;
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("deadline-cost-explorer budgets: " + TerminalText.oneLine(SecretRedactor.redact(message)));
        err.flush();
        return code;
    }
}
