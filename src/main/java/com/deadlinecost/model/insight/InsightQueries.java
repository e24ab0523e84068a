package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The follow-up queries an investigation runs besides the user's own, derived from it. */
public final class InsightQueries {
    /** The group fields tried, in order, for "one level down" of an anomaly. */
    static final List<GroupField> DRILL_ORDER = List.of(GroupField.JOB_ID, GroupField.USER_ID,
        GroupField.FLEET_ID, GroupField.INSTANCE_TYPE);

    private InsightQueries() {
    }

    /** The query's statistics with SUM added: every method here needs totals. */
    public static Set<Statistic> withSum(Set<Statistic> statistics) {
        Set<Statistic> withSum = EnumSet.copyOf(statistics);
        withSum.add(Statistic.SUM);
        return withSum;
    }

    /** The same query over another range (and with SUM). */
    public static StatisticsQuery over(StatisticsQuery query, TimeRange range) {
        return new StatisticsQuery(query.farmId(), query.resources(), range, query.offset(), query.period(),
            query.groupBy(), withSum(query.statistics()));
    }

    /** The earlier range's query for a comparison: same grouping and period, the range {@code with} says. */
    public static StatisticsQuery earlier(StatisticsQuery query, CompareWith with) {
        return over(query, with.earlier(query.range(), query.offset()));
    }

    /**
     * The query with the four weeks of history the spike baseline needs, as one aggregation, when the range
     * starts on a bucket boundary; empty otherwise (then {@link #historyOnly} fetches the history by itself, since
     * one aggregation over both would cut the first bucket differently from the user's query).
     */
    public static Optional<StatisticsQuery> withHistory(StatisticsQuery query) {
        if (!startsOnBucket(query)) {
            return Optional.empty();
        }
        Instant start = SpikeDetector.historyStart(query.range(), query.period(), query.offset());
        return Optional.of(over(query, new TimeRange(start, query.range().end())));
    }

    /** The four weeks of history before the query's first bucket, by themselves. */
    public static StatisticsQuery historyOnly(StatisticsQuery query) {
        Instant firstBucket = query.period().floor(query.range().start(), query.offset());
        Instant start = SpikeDetector.historyStart(query.range(), query.period(), query.offset());
        return over(query, new TimeRange(start, firstBucket));
    }

    /** Whether the query's range starts where a bucket of its period starts. */
    public static boolean startsOnBucket(StatisticsQuery query) {
        return query.period().floor(query.range().start(), query.offset()).equals(query.range().start());
    }

    /** Longest sessions per job of each queue or fleet over the query's range (monthly buckets, MAX and SUM). */
    public static StatisticsQuery runaways(StatisticsQuery query) {
        return new StatisticsQuery(query.farmId(), query.resources(), query.range(), query.offset(),
            Period.MONTHLY, List.of(query.resourceKind().idField(), GroupField.JOB_ID),
            EnumSet.of(Statistic.SUM, Statistic.MAX));
    }

    /**
     * The query for an anomaly's contributors one level down: its bucket, its queue or fleet alone when the group
     * names one, grouped by the group's other field and the next field of {@link #DRILL_ORDER} it lacks. Empty
     * when that would need three fields.
     */
    public static Optional<Drill> contributors(StatisticsQuery query, Anomaly anomaly) {
        GroupField resourceField = query.resourceKind().idField();
        List<GroupField> fields = anomaly.group().fields();
        ResourceSelection resources = query.resources();
        List<GroupField> keep = new ArrayList<>();
        for (GroupField field : fields) {
            String value = anomaly.group().valueOrNull(field);
            if (field == resourceField && value != null) {
                resources = new ResourceSelection(query.resourceKind(), List.of(value));
            } else {
                keep.add(field);
            }
        }
        Optional<GroupField> down = DRILL_ORDER.stream().filter(field -> !fields.contains(field)
            && field != resourceField).findFirst();
        if (down.isEmpty() || keep.size() + 1 > StatisticsQuery.MAX_GROUP_BY || !anomaly.end().isAfter(
            anomaly.start())) {
            return Optional.empty();
        }
        List<GroupField> groupBy = new ArrayList<>(keep);
        groupBy.add(down.get());
        TimeRange range = new TimeRange(max(anomaly.start(), query.range().start()),
            min(anomaly.end(), query.range().end()));
        return Optional.of(new Drill(new StatisticsQuery(query.farmId(), resources, range, query.offset(),
            longest(range), groupBy, EnumSet.of(Statistic.SUM)), keep, down.get()));
    }

    /**
     * The anomaly's queue or fleet (when its group names one) over its bucket, or for a runaway over the range,
     * grouped by {@code field} alone, e.g. by job or by user, in the query's period.
     */
    public static StatisticsQuery splitBy(StatisticsQuery query, Anomaly anomaly, GroupField field) {
        GroupField resourceField = query.resourceKind().idField();
        String resource = anomaly.group().valueOrNull(resourceField);
        ResourceSelection resources = resource == null ? query.resources()
            : new ResourceSelection(query.resourceKind(), List.of(resource));
        Instant start = max(anomaly.start(), query.range().start());
        Instant end = min(anomaly.end(), query.range().end());
        TimeRange range = end.isAfter(start) ? new TimeRange(start, end) : query.range();
        return new StatisticsQuery(query.farmId(), resources, range, query.offset(), query.period(),
            List.of(field), withSum(query.statistics()));
    }

    /**
     * A contributors query and how to read it.
     *
     * @param query the follow-up aggregation
     * @param matchFields the anomaly's fields its rows must match
     * @param down the field one level down
     */
    public record Drill(StatisticsQuery query, List<GroupField> matchFields, GroupField down) {
    }

    /** The daily query a projection as of {@code asOf} reads: the month so far and the weeks before. */
    public static StatisticsQuery projection(StatisticsQuery query, Instant asOf) {
        return new StatisticsQuery(query.farmId(), query.resources(),
            new TimeRange(MonthProjection.dataStart(asOf, query.offset()), asOf), query.offset(), Period.DAILY,
            query.groupBy(), EnumSet.of(Statistic.SUM));
    }

    /** The daily totals the projection backtest before {@code now} reads. */
    public static StatisticsQuery backtest(StatisticsQuery query, Instant now) {
        UtcOffset offset = query.offset();
        Instant monthStart = now.atOffset(offset.zoneOffset()).toLocalDate().withDayOfMonth(1).atStartOfDay()
            .toInstant(offset.zoneOffset());
        return new StatisticsQuery(query.farmId(), query.resources(),
            new TimeRange(ProjectionBacktest.dataStart(now, offset), monthStart), offset, Period.DAILY,
            List.of(query.resourceKind().idField()), EnumSet.of(Statistic.SUM));
    }

    // The whole bucket as one: the longest period that fits, so the service returns few rows.
    private static Period longest(TimeRange range) {
        long hours = range.duration().toHours();
        return hours <= 1 ? Period.HOURLY : hours <= 24 ? Period.DAILY : hours <= 24 * 7 ? Period.WEEKLY
            : Period.MONTHLY;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
