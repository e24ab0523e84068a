package com.deadlinecost.service.deadline;

import com.deadlinecost.model.row.CostRow;
import java.util.List;

/** One page of result rows, immutable, numbered from 1 within its run. */
public record RowPage(int number, List<CostRow> rows) {
    /** The most rows a page holds: the page size asked of the service. */
    public static final int MAX_ROWS = AggregationRunner.PAGE_SIZE;

    public RowPage {
        rows = List.copyOf(rows);
    }
}
