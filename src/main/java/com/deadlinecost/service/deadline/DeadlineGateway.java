package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.connection.ConnectionTarget;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Everything the app asks of Deadline Cloud, behind one interface so ViewModels never see the SDK. Calls
 * block and run off the UI thread; failures arrive as {@link QueryProblem}s that say what to do, and
 * cancellation as {@link java.util.concurrent.CancellationException}.
 */
public interface DeadlineGateway extends AutoCloseable {

    /** The connection these calls go through. */
    ConnectionTarget target();

    /** The farms the connection can see, sorted by name. */
    List<NamedResource> farms();

    /** The farm's queues, sorted by name. */
    List<NamedResource> queues(String farmId);

    /** The farm's fleets, sorted by name. */
    List<NamedResource> fleets(String farmId);

    /**
     * Display names for the farm's queues, fleets and users. Users whose names cannot be looked up keep
     * their ids; a failed look-up never fails the caller.
     */
    DisplayNames displayNames(String farmId);

    /**
     * What {@link #displayNames} could not name, in sentences for the user (empty when every name was found or
     * the names were not looked up yet).
     */
    default List<String> nameProblems(String farmId) {
        return List.of();
    }

    /**
     * The query as a run that can be resumed: {@link PlannedRun#run} runs it, and after a failure or a cancel runs
     * it on from the chunk that did not finish (the "Retry chunk" of the UI).
     */
    PlannedRun plan(StatisticsQuery query);

    /**
     * The query as a run that asks the service for all of it, reusing nothing kept from earlier runs ("Refresh
     * everything"); the same as {@link #plan} for a gateway that keeps no history.
     */
    default PlannedRun planFresh(StatisticsQuery query) {
        return plan(query);
    }

    /**
     * Runs the query to the end in one go, handing each page and progress step to the listener as it arrives.
     *
     * @return the number of rows delivered
     */
    default long runAggregation(StatisticsQuery query, AggregationListener listener, BooleanSupplier cancelled) {
        return plan(query).run(listener, cancelled);
    }

    /**
     * The farm budgets of this connection.
     *
     * @throws UnsupportedOperationException for gateways without budgets (test fakes)
     */
    default BudgetGateway budgets() {
        throw new UnsupportedOperationException("This connection does not manage budgets");
    }

    @Override
    void close();
}
