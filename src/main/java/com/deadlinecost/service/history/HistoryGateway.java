package com.deadlinecost.service.history;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.BudgetGateway;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.GatewayFactory;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.PlannedRun;
import java.time.Clock;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A gateway that keeps every result in the history and answers what it can from there: {@link #plan} reuses the
 * settled buckets of an earlier result of the same query shape and fetches only the rest; {@link #planFresh}
 * fetches everything. All else goes straight to the service.
 */
public final class HistoryGateway implements DeadlineGateway {
    static final int MAX_NOTES = 50;
    private final DeadlineGateway service;
    private final HistoryStore store;
    private final Clock clock;
    private final boolean keeps;
    /** Notes of finished runs (strings only: a run's rows must not outlive it), the latest few. */
    private final Deque<String> notes = new ConcurrentLinkedDeque<>();

    public HistoryGateway(DeadlineGateway service, HistoryStore store, Clock clock) {
        this(service, store, clock, true);
    }

    private HistoryGateway(DeadlineGateway service, HistoryStore store, Clock clock, boolean keeps) {
        this.service = service;
        this.store = store;
        this.clock = clock;
        this.keeps = keeps;
    }

    /**
     * {@code gateway} for the queries that follow a shown one (the comparison, the anomaly baseline, the
     * projection): they reuse what the history holds but are not kept in it, so one query the user ran is one
     * entry of the History pane. Any other gateway is returned as it is.
     */
    public static DeadlineGateway forFollowUps(DeadlineGateway gateway) {
        return gateway instanceof HistoryGateway history ? new HistoryGateway(history.service, history.store,
            history.clock, false) : gateway;
    }

    /** Every gateway the factory opens, keeping its results in {@code store}. */
    public static GatewayFactory keeping(GatewayFactory factory, HistoryStore store, Clock clock) {
        return target -> new HistoryGateway(factory.open(target), store, clock);
    }

    @Override
    public PlannedRun plan(StatisticsQuery query) {
        return new IncrementalRun(query, service, store, clock, true, keeps, this::noted);
    }

    @Override
    public PlannedRun planFresh(StatisticsQuery query) {
        return new IncrementalRun(query, service, store, clock, false, keeps, this::noted);
    }

    /** The notes of the latest runs finished here that have one, oldest first (for the report's stderr). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private void noted(String note) {
        if (!note.isEmpty()) {
            notes.addLast(note);
            while (notes.size() > MAX_NOTES) {
                notes.pollFirst();
            }
        }
    }

    @Override
    public ConnectionTarget target() {
        return service.target();
    }

    @Override
    public List<NamedResource> farms() {
        return service.farms();
    }

    @Override
    public List<NamedResource> queues(String farmId) {
        return service.queues(farmId);
    }

    @Override
    public List<NamedResource> fleets(String farmId) {
        return service.fleets(farmId);
    }

    @Override
    public DisplayNames displayNames(String farmId) {
        return service.displayNames(farmId);
    }

    @Override
    public List<String> nameProblems(String farmId) {
        return service.nameProblems(farmId);
    }

    @Override
    public BudgetGateway budgets() {
        return service.budgets();
    }

    @Override
    public void close() {
        service.close();
    }
}
