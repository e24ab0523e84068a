package com.deadlinecost.ui.explorer;

import com.deadlinecost.service.connection.AwsProfiles.ProfileSummary;
import com.deadlinecost.service.deadline.GatewayFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the explorer needs from the composition root: connections, the user's AWS profiles (read when asked,
 * off the UI thread), the time.
 */
public record ExplorerContext(GatewayFactory gateways, Supplier<List<ProfileSummary>> profiles, Clock clock,
                              ZoneId zone) {
}
