package com.deadlinecost.service.insight;

import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBacktest;
import com.deadlinecost.model.insight.ProjectionBasis;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a query's spending is heading.
 *
 * @param total the total's projection to the end of the month
 * @param toRangeEnd the total's projection to the query's end when that lies beyond now and before the month end
 *     differs from it; empty otherwise
 * @param groups each group's projection to the end of the month, largest first
 * @param backtest how the method would have done on the last six complete months
 * @param monthDays the total's cost per day of the month so far, at the query's offset
 * @param basis the daily rows the projections read, for charts that project each of their series
 */
public record ProjectionSummary(Projection total, Optional<Projection> toRangeEnd, List<Projection> groups,
                                ProjectionBacktest backtest, NavigableMap<LocalDate, Double> monthDays,
                                ProjectionBasis basis) {
    public ProjectionSummary {
        groups = List.copyOf(groups);
        monthDays = Collections.unmodifiableNavigableMap(new TreeMap<>(monthDays));
    }
}
