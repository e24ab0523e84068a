package com.deadlinecost.ui.explorer;

import com.deadlinecost.service.connection.AwsProfiles.ProfileSummary;
import com.deadlinecost.service.deadline.GatewayFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the explorer needs from the composition root: connections, the user's AWS profiles (read when asked,
 * off the UI thread), the time, and whether a first start runs the default query by itself (the window does;
 * tests of other things keep the window quiet).
 */
public record ExplorerContext(GatewayFactory gateways, Supplier<List<ProfileSummary>> profiles, Clock clock,
                              ZoneId zone, boolean runOnFirstStart) {

    /** A context whose first start waits for Run. */
    public ExplorerContext(GatewayFactory gateways, Supplier<List<ProfileSummary>> profiles, Clock clock,
                           ZoneId zone) {
        this(gateways, profiles, clock, zone, false);
    }

    /** This context with the first start running the default query by itself. */
    public ExplorerContext runningOnFirstStart() {
        return new ExplorerContext(gateways, profiles, clock, zone, true);
    }
}
