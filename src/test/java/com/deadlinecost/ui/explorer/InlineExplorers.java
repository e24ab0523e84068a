package com.deadlinecost.ui.explorer;

import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.service.deadline.GatewayFactory;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The window's explorer wiring ({@link ExplorerAssembly}) with everything running inline, for tests. */
public final class InlineExplorers {

    private InlineExplorers() {
    }

    public static ExplorerViewModel explorer(GatewayFactory gateways, LiveSettings settings, Clock clock) {
        return explorer(new ExplorerContext(gateways, List::of, clock, ZoneOffset.UTC), settings);
    }

    public static ExplorerViewModel explorer(ExplorerContext context, LiveSettings settings) {
        return new ExplorerAssembly(context, InlineTaskRunner.immediate(), RecomputeScheduler.immediate(),
            text -> { }).create(settings);
    }
}
