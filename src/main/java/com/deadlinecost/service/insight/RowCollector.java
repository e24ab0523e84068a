package com.deadlinecost.service.insight;

import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import java.util.ArrayList;
import java.util.List;

/** Keeps every row of a follow-up aggregation, passing progress on to another listener when there is one. */
final class RowCollector implements AggregationListener {
    private final List<CostRow> rows = new ArrayList<>();
    private final AggregationListener forward;

    RowCollector(AggregationListener forward) {
        this.forward = forward;
    }

    @Override
    public void progress(RunProgress progress) {
        if (forward != null) {
            forward.progress(progress);
        }
    }

    @Override
    public void page(RowPage page) {
        rows.addAll(page.rows());
        if (forward != null) {
            forward.page(page);
        }
    }

    List<CostRow> rows() {
        return rows;
    }
}
