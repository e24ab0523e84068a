package com.deadlinecost.service.deadline;

import com.deadlinecost.model.row.CostRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps every page and progress step of a run; an optional hook runs after each page. */
class RecordingListener implements AggregationListener {
    final List<CostRow> rows = new ArrayList<>();
    final List<RowPage> pages = new ArrayList<>();
    final List<RunProgress> steps = new ArrayList<>();
    private final Consumer<RowPage> afterPage;

    RecordingListener() {
        this(page -> { });
    }

    RecordingListener(Consumer<RowPage> afterPage) {
        this.afterPage = afterPage;
    }

    @Override
    public void progress(RunProgress progress) {
        steps.add(progress);
    }

    @Override
    public void page(RowPage page) {
        pages.add(page);
        rows.addAll(page.rows());
        afterPage.accept(page);
    }

    boolean sawPhase(RunProgress.Phase phase) {
        return steps.stream().anyMatch(step -> step.phase() == phase);
    }
}
