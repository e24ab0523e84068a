package com.deadlinecost.service.history;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A query run that first hands over the settled buckets a stored result holds, then asks the service only for the
 * rest (through the gateway's own planned runs, which keep their place after a failure or a cancel), and keeps the
 * whole result in the history when it ends. A cancelled run is kept marked as such and replaced when resumed to the
 * end. A failing store write never fails the run: the rows stay on screen and {@link #note()} says why they were not
 * kept.
 */
final class IncrementalRun implements PlannedRun {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalRun.class);

    private final StatisticsQuery query;
    private final DeadlineGateway service;
    private final HistoryStore store;
    private final Clock clock;
    private final boolean reuse;
    private final boolean keeps;
    private final Consumer<String> noted;
    private final List<CostRow> collected = new ArrayList<>();
    private final Deque<StatisticsQuery> parts = new ArrayDeque<>();
    private boolean planned;
    private PlannedRun part;
    private Optional<ReusePlan> plan = Optional.empty();
    private String farmName;
    private Long storedId;
    private String note = "";
    private int pages;

    /**
     * @param reuse whether settled buckets of stored results are taken instead of fetched
     * @param keeps whether the result is kept in the history when the run ends
     * @param noted told the run's {@link #note()} once the run is done
     */
    IncrementalRun(StatisticsQuery query, DeadlineGateway service, HistoryStore store, Clock clock, boolean reuse,
                   boolean keeps, Consumer<String> noted) {
        this.query = query;
        this.service = service;
        this.store = store;
        this.clock = clock;
        this.reuse = reuse;
        this.keeps = keeps;
        this.noted = noted;
    }

    @Override
    public synchronized long run(AggregationListener listener, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        long delivered = 0;
        try {
            if (!planned) {
                delivered += deliverReused(listener);
                planned = true;
            }
            while (part != null || !parts.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The query was cancelled");
                }
                if (part == null) {
                    part = service.plan(parts.peekFirst());
                }
                delivered += part.run(collecting(listener), cancelled);
                parts.removeFirst();
                part = null;
            }
        } catch (CancellationException e) {
            keep(false);
            throw e;
        }
        long rows = collected.size();
        keep(true);
        noted.accept(note);
        listener.progress(new RunProgress(RunProgress.Phase.DONE, Duration.between(started, clock.instant()), pages,
            rows, 0));
        return delivered;
    }

    @Override
    public synchronized boolean complete() {
        return planned && part == null && parts.isEmpty();
    }

    @Override
    public synchronized String note() {
        return note;
    }

    // Read on the run's thread, not where the run was planned: the store is a file.
    private long deliverReused(AggregationListener listener) {
        List<CostRow> reused = List.of();
        try {
            if (reuse) {
                plan = ReusePlan.best(query, store.overlapping(ResultToStore.identity(service.target()), query),
                    store.settings().settleWindow());
            }
            if (plan.isPresent()) {
                StoredResult source = store.load(plan.get().source().id());
                farmName = source.entry().farmName();
                reused = source.rows().stream().filter(plan.get()::covers).toList();
            }
        } catch (HistoryException e) {
            LOG.warn("History not used for this run: {}", e.getMessage());
            plan = Optional.empty();
            note = "history not used: " + e.getMessage();
        }
        if (plan.isPresent()) {
            plan.get().toFetch().forEach(range -> parts.add(withRange(range)));
            note = plan.get().note(query.period());
        } else {
            parts.add(query);
        }
        for (int from = 0; from < reused.size(); from += RowPage.MAX_ROWS) {
            deliver(listener, reused.subList(from, Math.min(reused.size(), from + RowPage.MAX_ROWS)));
        }
        return reused.size();
    }

    private AggregationListener collecting(AggregationListener listener) {
        return new AggregationListener() {
            @Override
            public void progress(RunProgress progress) {
                // Rows so far count those taken from the history too; the run, not each part, says when it is done.
                if (progress.phase() != RunProgress.Phase.DONE) {
                    listener.progress(new RunProgress(progress.phase(), progress.elapsed(), pages,
                        collected.size(), progress.restarts(), progress.chunk()));
                }
            }

            @Override
            public void page(RowPage page) {
                deliver(listener, page.rows());
            }
        };
    }

    private void deliver(AggregationListener listener, List<CostRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (keeps) {
            collected.addAll(rows);
        }
        listener.page(new RowPage(++pages, rows));
    }

    private void keep(boolean complete) {
        if (!keeps || !complete && collected.isEmpty()) {
            return;
        }
        ResultToStore result = new ResultToStore(service.target(), farmName(), query, clock.instant(), complete,
            collected, names());
        try {
            if (storedId == null) {
                storedId = store.save(result);
            } else {
                store.replace(storedId, result);
            }
            if (complete) {
                // Nothing runs after a complete run: the caller holds the rows, the store has them.
                collected.clear();
            }
        } catch (HistoryException e) {
            LOG.warn("Result not kept in the history: {}", e.getMessage());
            note = (note.isEmpty() ? "" : note + "; ") + "not kept in history: " + e.getMessage();
        }
    }

    // Names and the farm's name are asked of the gateway, which has them cached by now; any failure only costs names.
    private DisplayNames names() {
        try {
            return service.displayNames(query.farmId());
        } catch (RuntimeException e) {
            return DisplayNames.empty();
        }
    }

    private String farmName() {
        if (farmName == null) {
            try {
                farmName = service.farms().stream().filter(farm -> farm.id().equals(query.farmId()))
                    .map(NamedResource::displayName).findFirst().orElse(query.farmId());
            } catch (RuntimeException e) {
                farmName = query.farmId();
            }
        }
        return farmName;
    }

    private StatisticsQuery withRange(TimeRange range) {
        return new StatisticsQuery(query.farmId(), query.resources(), range, query.offset(), query.period(),
            query.groupBy(), query.statistics());
    }
}
