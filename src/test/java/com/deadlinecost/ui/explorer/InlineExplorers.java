package com.deadlinecost.ui.explorer;

import com.deadlinecost.service.connection.GatewayFactory;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.connection.ConnectionViewModel;
import com.deadlinecost.ui.query.QueryPanelViewModel;
import com.deadlinecost.ui.results.RecomputeScheduler;
import com.deadlinecost.ui.results.ResultsViewModel;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The explorer's view models wired as the main window wires them, running everything inline, for tests. */
public final class InlineExplorers {

    private InlineExplorers() {
    }

    public static ExplorerViewModel explorer(GatewayFactory gateways, LiveSettings settings, Clock clock) {
        InlineTaskRunner runner = InlineTaskRunner.immediate();
        ConnectionViewModel connection = new ConnectionViewModel(gateways, runner, List.of());
        QueryPanelViewModel form = new QueryPanelViewModel(connection.farms(), runner, clock, ZoneOffset.UTC);
        QueryRunViewModel run = new QueryRunViewModel(() -> connection.gatewayProperty().get(), runner);
        ResultsViewModel results = new ResultsViewModel(run.rows(), run.shownQueryProperty(),
            form.displayNamesProperty(), RecomputeScheduler.immediate(), text -> { });
        return new ExplorerViewModel(connection, form, run, results, settings, clock);
    }
}
