package com.deadlinecost.service.insight;

import com.deadlinecost.model.insight.BucketAlignment;
import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import java.util.List;

/**
 * A query compared with an earlier range.
 *
 * @param with which earlier range
 * @param earlierQuery the earlier range's query
 * @param earlierRows its rows
 * @param alignment which earlier bucket each current bucket is compared with
 * @param changes every group's change with its runtime and rate effects
 */
public record Comparison(CompareWith with, StatisticsQuery earlierQuery, List<CostRow> earlierRows,
                         BucketAlignment alignment, ChangeSummary changes) {
    public Comparison {
        earlierRows = List.copyOf(earlierRows);
    }
}
