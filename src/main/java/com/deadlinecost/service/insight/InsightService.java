package com.deadlinecost.service.insight;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.Anomaly.Contributor;
import com.deadlinecost.model.insight.AnomalySettings;
import com.deadlinecost.model.insight.BucketAlignment;
import com.deadlinecost.model.insight.ChangeDecomposition;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.insight.CostGrid;
import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.insight.InsightQueries.Drill;
import com.deadlinecost.model.insight.RunawayDetector;
import com.deadlinecost.model.insight.SpikeDetector;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.QueryBounds;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.rollup.Rollup;
import com.deadlinecost.model.rollup.TimeBucketing;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Runs the aggregations an investigation needs besides the user's query (the earlier range, the history before
 * the range, the longest sessions per job, an anomaly's contributors) and hands the rows to the methods of
 * {@code model.insight}. Calls block; run them off the UI thread.
 */
public final class InsightService {
    /** The contributors kept per anomaly. */
    public static final int TOP_CONTRIBUTORS = 5;
    /** The anomalies whose contributors are fetched (one aggregation each), largest excess first. */
    public static final int CONTRIBUTOR_LOOKUPS = 20;

    private final DeadlineGateway gateway;
    private final BooleanSupplier cancelled;

    public InsightService(DeadlineGateway gateway, BooleanSupplier cancelled) {
        this.gateway = gateway;
        this.cancelled = cancelled;
    }

    /** Runs a query to the end and returns its rows, forwarding progress when a listener is given. */
    public List<CostRow> fetch(StatisticsQuery query, AggregationListener progress) {
        // Follow-ups reach back (history, last year, backtest); no usage exists before the service did.
        if (!query.range().end().isAfter(QueryBounds.EARLIEST)) {
            return new ArrayList<>();
        }
        StatisticsQuery bounded = !query.range().start().isBefore(QueryBounds.EARLIEST) ? query
            : new StatisticsQuery(query.farmId(), query.resources(), new TimeRange(QueryBounds.EARLIEST,
                query.range().end()), query.offset(), query.period(), query.groupBy(), query.statistics());
        RowCollector collector = new RowCollector(progress);
        gateway.runAggregation(bounded, collector, cancelled);
        return collector.rows();
    }

    /** Compares the query's rows with the earlier range {@code with} names, run as a second aggregation. */
    public Comparison compare(StatisticsQuery query, List<CostRow> currentRows, CompareWith with) {
        StatisticsQuery earlier = InsightQueries.earlier(query, with);
        List<CostRow> earlierRows = fetch(earlier, null);
        return new Comparison(with, earlier, earlierRows, BucketAlignment.of(query.range(), earlier.range(),
            query.period(), query.offset()), ChangeDecomposition.of(earlierRows, currentRows, query.groupBy()));
    }

    /**
     * Runs the query with the history its spike baselines need, in one aggregation when the range starts on a
     * bucket boundary, and returns the rows of the range itself and those of the history.
     */
    public QueryWithHistory fetchWithHistory(StatisticsQuery query, AggregationListener progress) {
        Optional<StatisticsQuery> extended = InsightQueries.withHistory(query);
        if (extended.isPresent()) {
            List<CostRow> all = fetch(extended.get(), progress);
            Instant start = query.range().start();
            List<CostRow> inRange = all.stream().filter(row -> !row.bucketStart().isBefore(start))
                .collect(Collectors.toList());
            List<CostRow> history = all.stream().filter(row -> row.bucketStart().isBefore(start))
                .collect(Collectors.toList());
            return new QueryWithHistory(inRange, history);
        }
        List<CostRow> inRange = fetch(query, progress);
        return new QueryWithHistory(inRange, fetch(InsightQueries.historyOnly(query), null));
    }

    /**
     * The anomalies of the query: spend spikes in its buckets against the history, and runaway sessions from a
     * follow-up aggregation of the longest session per job, each with its contributors one level down, largest
     * excess first, without those marked expected.
     */
    public List<Anomaly> anomalies(StatisticsQuery query, QueryWithHistory rows, AnomalySettings settings,
                                   Set<String> expected) {
        return anomalies(query, rows, settings, expected, CONTRIBUTOR_LOOKUPS);
    }

    /**
     * The anomalies as {@link #anomalies(StatisticsQuery, QueryWithHistory, AnomalySettings, Set)} finds them, with
     * the contributors of only the {@code lookups} largest (one aggregation each); a window fetches the rest when
     * asked, so the list shows sooner.
     */
    public List<Anomaly> anomalies(StatisticsQuery query, QueryWithHistory rows, AnomalySettings settings,
                                   Set<String> expected, int lookups) {
        List<CostRow> all = new ArrayList<>(rows.history());
        all.addAll(rows.inRange());
        List<Anomaly> found = new ArrayList<>(SpikeDetector.detect(CostGrid.of(all), query.range(),
            query.period(), query.offset(), settings));
        found.addAll(RunawayDetector.detect(fetch(InsightQueries.runaways(query), null),
            query.resourceKind().idField(), settings));
        found.removeIf(anomaly -> expected.contains(anomaly.markKey()));
        found.sort(Comparator.comparingDouble(Anomaly::excessUsd).reversed());
        List<Anomaly> withContributors = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Anomaly anomaly = found.get(i);
            withContributors.add(i < lookups ? anomaly.withContributors(contributors(query, anomaly))
                : anomaly);
        }
        return withContributors;
    }

    /** What made up an anomaly one level down, largest cost first. */
    public List<Contributor> contributors(StatisticsQuery query, Anomaly anomaly) {
        Optional<Drill> drill = InsightQueries.contributors(query, anomaly);
        if (drill.isEmpty()) {
            return List.of();
        }
        List<GroupField> keep = new ArrayList<>(drill.get().matchFields());
        keep.add(drill.get().down());
        List<CostRow> rows = Rollup.keeping(keep).over(TimeBucketing.wholeRange())
            .apply(fetch(drill.get().query(), null));
        List<Contributor> contributors = new ArrayList<>();
        for (CostRow row : rows) {
            if (matches(row.group(), anomaly.group(), drill.get().matchFields()) && row.costTotal() > 0) {
                contributors.add(new Contributor(row.group().project(Set.of(drill.get().down())),
                    row.costTotal()));
            }
        }
        contributors.sort(Comparator.comparingDouble(Contributor::costUsd).reversed());
        return contributors.subList(0, Math.min(TOP_CONTRIBUTORS, contributors.size()));
    }

    private static boolean matches(GroupKey row, GroupKey anomaly, List<GroupField> fields) {
        for (GroupField field : fields) {
            if (!Objects.equals(row.valueOrNull(field), anomaly.valueOrNull(field))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A query's rows and the rows of the history before it.
     *
     * @param inRange rows whose buckets start in the range
     * @param history rows before it
     */
    public record QueryWithHistory(List<CostRow> inRange, List<CostRow> history) {
        public QueryWithHistory {
            inRange = List.copyOf(inRange);
            history = List.copyOf(history);
        }
    }
}
