package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.QueryBounds;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.QueryProblem.Kind;
import com.deadlinecost.service.deadline.RunProgress.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Runs a query as the chunks a {@link QueryPlanner} cut it into, one after another (a farm runs one aggregation at
 * a time), into one listener. A chunk that ends FAILED or TIMEOUT is split and its halves run in its place.
 *
 * <p>How rows stream: when the query groups by the resource's own id (QUEUE_ID for queues, FLEET_ID for fleets),
 * or all resources fit in one aggregation, chunks never share a (group, bucket) and pages pass through as they
 * arrive. Otherwise chunks over different resources can return the same group and bucket (by user over queues 1-10
 * and 11-20), so the rows of one time slice are collected, combined by {@link RowMerger}, and delivered once the
 * slice's last chunk is done; slices share no bucket, so the result still fills slice by slice. (The rare one-bucket
 * chunk split by resources is merged the same way, just for its bucket.) Either way each (group, bucket) is
 * delivered exactly once, also across a retry after a failure or a cancel.
 */
final class ChunkedRun implements PlannedRun {
    private final StatisticsQuery query;
    private final QueryPlanner planner;
    private final AggregationRunner runner;
    private final ConnectionTarget target;
    private final Clock clock;
    private final boolean groupsByResourceId;
    private final boolean severalResourceGroups;
    private final Deque<QueryChunk> pending;
    /** Rows of the current slice from completed chunks, waiting for the slice's last chunk. */
    private final RowMerger sliceRows = new RowMerger();
    /**
     * Keys streamed since the last completed chunk: a chunk run again after a failure, or an aggregation started
     * again after losing its results, skips them. Only this class reads or changes it.
     */
    private final Set<RowKey> streamedOfCurrentChunk = new HashSet<>();
    private int chunksDone;
    private double shareDone;
    /** The run's count of pages and rows delivered to its listener: the only one. */
    private int pagesDelivered;
    private long rowsDelivered;
    private int restartsDone;

    ChunkedRun(StatisticsQuery query, QueryPlanner planner, AggregationRunner runner, ConnectionTarget target,
               Clock clock) {
        this.query = query;
        this.planner = planner;
        this.runner = runner;
        this.target = target;
        this.clock = clock;
        // The last guard for every caller (window, view, report): a range outside the bounds is never planned, so
        // no caller can make the planner enumerate millions of buckets.
        QueryBounds.timeProblem(query.range().start(), query.range().end(), clock.instant()).ifPresent(problem -> {
            throw new QueryProblem(Kind.INVALID_REQUEST, problem, "Choose a range within those bounds.", "", null);
        });
        this.pending = new ArrayDeque<>(planner.plan(query));
        this.groupsByResourceId = query.groupBy().contains(query.resourceKind().idField());
        this.severalResourceGroups = pending.stream().anyMatch(chunk -> chunk.firstResource() > 1);
    }

    /**
     * Halving a chunk this many times in a row without one success means the trouble is not its size (1/256 of
     * the range or resources by then): stop and report instead of asking the service ever smaller questions.
     */
    static final int MAX_SPLITS_WITHOUT_SUCCESS = 8;
    private int splitsSinceSuccess;

    @Override
    public synchronized long run(AggregationListener listener, BooleanSupplier cancelled) {
        long rowsBefore = rowsDelivered;
        Delivery delivery = new Delivery(listener, clock.instant());
        while (!pending.isEmpty()) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The query was cancelled");
            }
            QueryChunk chunk = pending.peekFirst();
            try {
                runner.run(chunk.query(), delivery.forChunk(chunk), cancelled);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                QueryProblem problem = SdkErrors.translate(e, target);
                // A service that fails every piece however small would otherwise be asked thousands of times.
                boolean worthSplitting = problem.kind() == Kind.RESULT_TOO_LARGE
                    && chunkCount() < QueryPlanner.MAX_CHUNKS && splitsSinceSuccess < MAX_SPLITS_WITHOUT_SUCCESS;
                Optional<List<QueryChunk>> halves = worthSplitting ? planner.split(chunk) : Optional.empty();
                if (halves.isEmpty()) {
                    throw problemOfChunk(problem, chunk);
                }
                splitsSinceSuccess++;
                pending.removeFirst();
                pending.addFirst(halves.get().get(1));
                pending.addFirst(halves.get().get(0));
                continue;
            }
            completed(chunk, delivery);
        }
        delivery.description = "";
        delivery.report(Phase.DONE, 0);
        return rowsDelivered - rowsBefore;
    }

    @Override
    public synchronized boolean complete() {
        return pending.isEmpty();
    }

    private void completed(QueryChunk chunk, Delivery delivery) {
        pending.removeFirst();
        splitsSinceSuccess = 0;
        chunksDone++;
        shareDone += chunk.weight();
        restartsDone += delivery.chunkRestarts;
        delivery.chunkRestarts = 0;
        streamedOfCurrentChunk.clear();
        if (merges(chunk)) {
            sliceRows.addAll(delivery.chunkRows);
            QueryChunk next = pending.peekFirst();
            if (next == null || !merges(next) || !mergeUnit(next).equals(mergeUnit(chunk))) {
                delivery.deliverInPages(sliceRows.drain());
            }
        }
    }

    /**
     * Whether the chunk's rows may share a (group, bucket) with another chunk's: it covers only some of the
     * resources and the grouping does not tell resources apart.
     */
    private boolean merges(QueryChunk chunk) {
        return !groupsByResourceId && chunk.resourceCount() < query.resources().ids().size();
    }

    /**
     * The chunks whose rows combine: a time slice across its resource groups; or, in a plan of one resource group,
     * the pieces of a one-bucket chunk split by resources, which share their range.
     */
    private Object mergeUnit(QueryChunk chunk) {
        return severalResourceGroups ? Integer.valueOf(chunk.slice()) : chunk.query().range();
    }

    private int chunkCount() {
        return chunksDone + pending.size();
    }

    private QueryProblem problemOfChunk(QueryProblem problem, QueryChunk chunk) {
        if (chunkCount() == 1) {
            return problem;
        }
        String which = "Chunk " + (chunksDone + 1) + " of " + chunkCount();
        String description = ChunkDescription.of(chunk, query);
        String named = description.isEmpty() ? which : which + " (" + description + ")";
        String kept = chunksDone == 0 ? "" : chunksDone == 1 ? " The chunk before it is kept."
            : " The " + chunksDone + " chunks before it are kept.";
        return new QueryProblem(problem.kind(), named + " failed: " + problem.getMessage(),
            problem.advice() + " Retry runs this chunk again and continues from there." + kept,
            named + "; " + problem.details(), problem);
    }

    /** One call of {@link #run}: its listener, its clock, and the chunk it is running. */
    private final class Delivery {
        private final AggregationListener listener;
        private final Instant started;
        private final List<CostRow> chunkRows = new ArrayList<>();
        private String description = "";
        private boolean merging;
        private int chunkRestarts;

        Delivery(AggregationListener listener, Instant started) {
            this.listener = listener;
            this.started = started;
        }

        AggregationRunner.Pages forChunk(QueryChunk chunk) {
            chunkRows.clear();
            chunkRestarts = 0;
            description = ChunkDescription.of(chunk, query);
            merging = merges(chunk);
            // Merged chunks collect afresh on each attempt (a failed attempt's rows are dropped); streamed chunks skip
            // what an earlier, failed attempt already delivered. Within an attempt, an aggregation started again after
            // losing its results repeats its first pages: those rows are skipped too.
            Set<RowKey> seen = merging ? new HashSet<>() : streamedOfCurrentChunk;
            return new AggregationRunner.Pages() {
                @Override
                public void phase(Phase phase, int restarts) {
                    chunkRestarts = restarts;
                    // The run, not each chunk, says when it is done.
                    if (phase != Phase.DONE) {
                        report(phase, chunkRestarts);
                    }
                }

                @Override
                public boolean page(List<CostRow> rows) {
                    List<CostRow> fresh = new ArrayList<>(rows.size());
                    for (CostRow row : rows) {
                        if (seen.add(RowKey.of(row))) {
                            fresh.add(row);
                        }
                    }
                    if (merging) {
                        chunkRows.addAll(fresh);
                    } else {
                        deliver(fresh);
                    }
                    return !fresh.isEmpty();
                }
            };
        }

        void deliverInPages(List<CostRow> rows) {
            for (int from = 0; from < rows.size(); from += AggregationRunner.PAGE_SIZE) {
                deliver(rows.subList(from, Math.min(rows.size(), from + AggregationRunner.PAGE_SIZE)));
                report(Phase.LOADING, chunkRestarts);
            }
        }

        /** Streams a page; the runner reports LOADING right after it. */
        private void deliver(List<CostRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            pagesDelivered++;
            rowsDelivered += rows.size();
            listener.page(new RowPage(pagesDelivered, rows));
        }

        void report(Phase phase, int restartsOfChunk) {
            int count = chunkCount();
            boolean done = phase == Phase.DONE;
            double share = count == 1 && !done ? Double.NaN : Math.min(1.0, done ? 1.0 : shareDone);
            ChunkProgress chunk = new ChunkProgress(Math.min(chunksDone + 1, count), count, description, share);
            listener.progress(new RunProgress(phase, Duration.between(started, clock.instant()), pagesDelivered,
                rowsDelivered, restartsDone + restartsOfChunk, chunk));
        }
    }
}
