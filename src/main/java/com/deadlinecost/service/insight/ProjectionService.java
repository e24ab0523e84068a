package com.deadlinecost.service.insight;

import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.insight.MonthProjection;
import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBacktest;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Fetches what a month-end projection and its backtest read, and runs them. */
public final class ProjectionService {
    private final InsightService insight;

    public ProjectionService(InsightService insight) {
        this.insight = insight;
    }

    /**
     * The projection of the query's spending as of {@code now}; empty when the query's range ended before today
     * (there is nothing left of its month to project) or there is not yet two weeks of history.
     */
    public Optional<ProjectionSummary> project(StatisticsQuery query, Instant now) {
        UtcOffset offset = query.offset();
        Instant today = now.atOffset(offset.zoneOffset()).toLocalDate().atStartOfDay()
            .toInstant(offset.zoneOffset());
        if (query.range().end().isBefore(today)) {
            return Optional.empty();
        }
        Instant asOf = query.range().end().isBefore(now) ? query.range().end() : now;
        List<CostRow> rows = insight.fetch(InsightQueries.projection(query, asOf), null);
        NavigableMap<LocalDate, Double> totals = MonthProjection.daily(rows, offset);
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        LocalDate firstDay = firstSpend(totals);
        Instant monthEnd = MonthProjection.monthEnd(asOf, offset);
        Optional<Projection> total = MonthProjection.project(GroupKey.NONE, totals, firstDay, asOf, monthEnd,
            offset);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Optional<Projection> toRangeEnd = query.range().end().isAfter(asOf) && !query.range().end().equals(monthEnd)
            ? MonthProjection.project(GroupKey.NONE, totals, firstDay, asOf, query.range().end(), offset)
            : Optional.empty();
        List<Projection> groups = new ArrayList<>();
        for (Map.Entry<GroupKey, List<CostRow>> group : byGroup(rows).entrySet()) {
            MonthProjection.project(group.getKey(), MonthProjection.daily(group.getValue(), offset), firstDay, asOf,
                monthEnd, offset).ifPresent(groups::add);
        }
        groups.sort(Comparator.comparingDouble(Projection::projectedUsd).reversed());
        List<CostRow> history = insight.fetch(InsightQueries.backtest(query, now), null);
        NavigableMap<LocalDate, Double> daily = MonthProjection.daily(history, offset);
        ProjectionBacktest backtest = ProjectionBacktest.run(daily, daily.isEmpty() ? firstDay : firstSpend(daily),
            now, offset);
        LocalDate asOfDay = asOf.atOffset(offset.zoneOffset()).toLocalDate();
        return Optional.of(new ProjectionSummary(total.get(), toRangeEnd, groups, backtest,
            totals.subMap(asOfDay.withDayOfMonth(1), true, asOfDay, true),
            new ProjectionBasis(rows, firstDay, asOf, offset)));
    }

    private static LocalDate firstSpend(NavigableMap<LocalDate, Double> days) {
        return days.entrySet().stream().filter(entry -> entry.getValue() > 0).map(Map.Entry::getKey).findFirst()
            .orElse(days.firstKey());
    }

    private static Map<GroupKey, List<CostRow>> byGroup(List<CostRow> rows) {
        Map<GroupKey, List<CostRow>> groups = new TreeMap<>();
        for (CostRow row : rows) {
            groups.computeIfAbsent(row.group(), key -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
