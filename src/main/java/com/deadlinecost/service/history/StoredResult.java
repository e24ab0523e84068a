package com.deadlinecost.service.history;

import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import java.util.List;

/** A result read back from the store: what it was, its rows and the names they were shown with. */
public record StoredResult(HistoryEntry entry, List<CostRow> rows, DisplayNames names) {
    public StoredResult {
        rows = List.copyOf(rows);
    }
}
