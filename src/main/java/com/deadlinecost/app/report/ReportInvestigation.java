package com.deadlinecost.app.report;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.AnomalySettings;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.export.report.ReportInsight;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.InsightService;
import com.deadlinecost.service.insight.InsightService.QueryWithHistory;
import com.deadlinecost.service.insight.ProjectionService;
import com.deadlinecost.service.insight.ProjectionSummary;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The query run of a report, with what {@code --compare}, {@code --anomalies} and {@code --projection} add: with
 * {@code --anomalies} the query runs with the four weeks of history the spike baselines need (in the same
 * aggregation when the range starts on a bucket boundary); the comparison, the longest sessions per job, the
 * contributors and the projection are follow-up aggregations.
 */
final class ReportInvestigation {
    private final CompareWith compare;
    private final boolean anomalies;
    private final boolean projection;
    private final PrintWriter err;

    /**
     * @param compare the earlier range, null for none
     */
    ReportInvestigation(CompareWith compare, boolean anomalies, boolean projection, PrintWriter err) {
        this.compare = compare;
        this.anomalies = anomalies;
        this.projection = projection;
        this.err = err;
    }

    /**
     * The rows of the query and the investigation's findings.
     *
     * @param rows the rows of the query's range, for the report files
     * @param insight what the investigation adds
     */
    record Result(List<CostRow> rows, ReportInsight insight) {
        /** The number of anomalies found (0 when not looked for). */
        int anomalyCount() {
            return insight.anomalies().map(List::size).orElse(0);
        }
    }

    Result run(DeadlineGateway gateway, StatisticsQuery query, ReportProgress progress, Instant now) {
        InsightService service = new InsightService(gateway, () -> false);
        QueryWithHistory rows;
        if (anomalies) {
            rows = service.fetchWithHistory(query, progress);
        } else {
            rows = new QueryWithHistory(service.fetch(query, progress), List.of());
        }
        Optional<Comparison> comparison = Optional.empty();
        if (compare != null) {
            err.println("Comparing with " + compare.label().toLowerCase(Locale.ROOT) + "\u2026");
            comparison = Optional.of(service.compare(query, rows.inRange(), compare));
        }
        Optional<List<Anomaly>> found = Optional.empty();
        if (anomalies) {
            err.println("Looking for anomalies\u2026");
            found = Optional.of(service.anomalies(query, rows, AnomalySettings.DEFAULTS, Set.of()));
            err.println(found.get().size() + (found.get().size() == 1 ? " anomaly" : " anomalies") + " found");
        }
        Optional<ProjectionSummary> summary = Optional.empty();
        if (projection) {
            err.println("Projecting to the month's end\u2026");
            summary = new ProjectionService(service).project(query, now);
            if (summary.isEmpty()) {
                err.println("Note: no projection: the range must reach today and follow two weeks of history");
            }
        }
        return new Result(rows.inRange(), new ReportInsight(comparison, found, summary));
    }
}
