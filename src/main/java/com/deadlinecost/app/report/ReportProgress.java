package com.deadlinecost.app.report;

import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Collects a run's rows and tells stderr each new phase and the rows loaded, one line per change. */
final class ReportProgress implements AggregationListener {
    private final PrintWriter err;
    private final List<CostRow> rows = new ArrayList<>();
    private RunProgress.Phase lastPhase;

    ReportProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(RunProgress progress) {
        if (progress.phase() != lastPhase && progress.phase() != RunProgress.Phase.DONE) {
            lastPhase = progress.phase();
            err.println(progress.phase().label() + "\u2026");
            err.flush();
        }
    }

    @Override
    public void page(RowPage page) {
        rows.addAll(page.rows());
        err.println("  " + rows.size() + " rows loaded");
        err.flush();
    }

    List<CostRow> rows() {
        return rows;
    }
}
