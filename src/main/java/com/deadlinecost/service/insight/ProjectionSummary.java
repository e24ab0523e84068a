package com.deadlinecost.service.insight;

import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBacktest;
import java.util.List;
import java.util.Optional;

/**
 * Where a query's spending is heading.
 *
 * @param total the total's projection to the end of the month
 * @param toRangeEnd the total's projection to the query's end when that lies beyond now and before the month end
 *     differs from it; empty otherwise
 * @param groups each group's projection to the end of the month, largest first
 * @param backtest how the method would have done on the last six complete months
 */
public record ProjectionSummary(Projection total, Optional<Projection> toRangeEnd, List<Projection> groups,
                                ProjectionBacktest backtest) {
    public ProjectionSummary {
        groups = List.copyOf(groups);
    }
}
