package com.deadlinecost.service.deadline;

import com.deadlinecost.service.connection.ConnectionTarget;

/** Opens a {@link DeadlineGateway} for a connection target; for the demo studio it starts the emulator. */
@FunctionalInterface
public interface GatewayFactory {
    /**
     * Opens the connection; blocks, so call it off the UI thread.
     *
     * @throws com.deadlinecost.service.deadline.QueryProblem when the connection cannot be opened
     */
    DeadlineGateway open(ConnectionTarget target);
}
