package com.deadlinecost.service.deadline;

import com.deadlinecost.model.row.CostRow;
import java.util.List;

/** One page of result rows, immutable, numbered from 1 within its run. */
public record RowPage(int number, List<CostRow> rows) {
    public RowPage {
        rows = List.copyOf(rows);
    }
}
