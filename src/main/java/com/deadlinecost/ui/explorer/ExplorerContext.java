package com.deadlinecost.ui.explorer;

import com.deadlinecost.service.connection.AwsProfiles.ProfileSummary;
import com.deadlinecost.service.connection.GatewayFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** What the explorer needs from the composition root: connections, the user's AWS profiles, the time. */
public record ExplorerContext(GatewayFactory gateways, List<ProfileSummary> profiles, Clock clock, ZoneId zone) {
    public ExplorerContext {
        profiles = List.copyOf(profiles);
    }
}
