package com.deadlinecost.app.gui;

import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.history.HistoryGateway;
import com.deadlinecost.service.settings.ExpectedMarks;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.connection.ConnectionViewModel;
import com.deadlinecost.ui.explorer.ExplorerContext;
import com.deadlinecost.ui.explorer.ExplorerFactory;
import com.deadlinecost.ui.explorer.ExplorerParts;
import com.deadlinecost.ui.explorer.ExplorerViewModel;
import com.deadlinecost.ui.explorer.QueryRunViewModel;
import com.deadlinecost.ui.insight.InsightViewModel;
import com.deadlinecost.ui.query.QueryPanelViewModel;
import com.deadlinecost.ui.results.ResultNames;
import com.deadlinecost.ui.results.ResultsViewModel;
import com.deadlinecost.ui.results.RowStore;
import com.deadlinecost.ui.results.TextClipboard;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * The one place that wires the explorer's view models together, for the window and for the tests; they differ
 * only in the task runner, when derived state is recomputed, and where copied text goes.
 */
public final class ExplorerAssembly implements ExplorerFactory {
    private final ExplorerContext context;
    private final TaskRunner runner;
    private final RecomputeScheduler scheduler;
    private final TextClipboard clipboard;

    public ExplorerAssembly(ExplorerContext context, TaskRunner runner, RecomputeScheduler scheduler,
                            TextClipboard clipboard) {
        this.context = context;
        this.runner = runner;
        this.scheduler = scheduler;
        this.clipboard = clipboard;
    }

    /** The window's explorer: background work on {@code runner}, recomputation once per pulse, the clipboard. */
    public static ExplorerAssembly forWindow(ExplorerContext context, TaskRunner runner) {
        return new ExplorerAssembly(context, runner, RecomputeScheduler.nextPulse(), TextClipboard.system());
    }

    @Override
    public ExplorerViewModel create(LiveSettings settings) {
        ConnectionViewModel connection = new ConnectionViewModel(context.gateways(), runner, context.profiles());
        QueryPanelViewModel form = new QueryPanelViewModel(connection.farms(), runner, context.clock(),
            context.zone());
        RowStore rows = new RowStore(scheduler);
        QueryRunViewModel run = new QueryRunViewModel(() -> connection.gatewayProperty().get(), runner, rows);
        // A result opened from the history is shown with the names it was fetched with, also offline.
        ObjectBinding<DisplayNames> shownNames = Bindings.createObjectBinding(() -> run.storedNamesProperty().get()
            != null ? run.storedNamesProperty().get() : form.displayNamesProperty().get(), run.storedNamesProperty(),
            form.displayNamesProperty());
        ResultNames names = new ResultNames(rows.all(), shownNames);
        ResultsViewModel results = new ResultsViewModel(rows, run.shownQueryProperty(), names.namesProperty(),
            scheduler, clipboard);
        ResultsChartViewModel chart = new ResultsChartViewModel(results.shownRows(), run.shownQueryProperty(),
            results.drillDown(), scheduler, runner);
        results.trendMeasureProperty().bind(chart.measureProperty());
        // The investigation's queries read the history but do not add to it: one run, one entry in the pane.
        InsightViewModel insight = new InsightViewModel(
            () -> HistoryGateway.forFollowUps(connection.gatewayProperty().get()), runner,
            new ExpectedMarks(settings.configFolder()), context.clock());
        ExplorerViewModel explorer = new ExplorerViewModel(new ExplorerParts(connection, form, run, results, chart,
            insight), settings, context.clock());
        if (context.runOnFirstStart()) {
            explorer.runOnFirstStart();
        }
        return explorer;
    }
}
