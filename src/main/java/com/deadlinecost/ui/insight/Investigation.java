package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.AnomalySettings;
import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.insight.InsightService;
import com.deadlinecost.service.insight.InsightService.QueryWithHistory;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The anomaly part of an investigation, run off the UI thread: the history before the range, the detection (with
 * the runaway follow-up aggregation), then the contributors of the largest few, each handed to the window as soon as
 * it is found, since each is an aggregation of a few seconds.
 */
final class Investigation {
    /** The anomalies whose contributors are fetched at once; the others' are fetched when selected. */
    static final int EAGER_CONTRIBUTORS = 5;

    private Investigation() {
    }

    /**
     * Finds the anomalies of {@code query}, whose own rows are {@code rows} (null: fetch them too), without those
     * marked expected; posts the list, then each of the largest with its contributors.
     */
    static void anomalies(InsightService service, StatisticsQuery query, List<CostRow> rows, Set<String> expected,
                          Consumer<List<Anomaly>> found, Consumer<Anomaly> withContributors) {
        QueryWithHistory withHistory = rows == null ? service.fetchWithHistory(query, null)
            : new QueryWithHistory(rows, service.fetch(InsightQueries.historyOnly(query), null));
        List<Anomaly> anomalies = service.anomalies(query, withHistory, AnomalySettings.DEFAULTS, expected, 0);
        found.accept(anomalies);
        for (Anomaly anomaly : anomalies.subList(0, Math.min(EAGER_CONTRIBUTORS, anomalies.size()))) {
            withContributors.accept(anomaly.withContributors(service.contributors(query, anomaly)));
        }
    }

    /** "The comparison ... failed: why. What to do." in one line, without a stack trace. */
    static String problemText(String what, Throwable failure) {
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String advice = failure instanceof QueryProblem ? ((QueryProblem) failure).advice()
            : "Run the query again to retry.";
        return what + " failed: " + why + (why.endsWith(".") ? "" : ".") + " " + advice;
    }
}
