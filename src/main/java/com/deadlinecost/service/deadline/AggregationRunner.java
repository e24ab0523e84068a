package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.service.deadline.QueryProblem.Kind;
import com.deadlinecost.service.deadline.RunProgress.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.GetSessionsStatisticsAggregationResponse;
import software.amazon.awssdk.services.deadline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.deadline.model.SessionsStatisticsAggregationStatus;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.ThrottlingException;
import software.amazon.awssdk.services.deadline.model.ValidationException;

/**
 * Runs one aggregation of at most ten queues or fleets to the end: start (waiting while the farm runs
 * another), poll until complete, read every page. If the results vanish or a page token is refused
 * midway, the aggregation starts again and reads from the first page; the caller ({@link ChunkedRun}, which alone
 * keeps the keys of the rows it delivered) skips the rows it already has. Pages and rows are counted there too.
 */
final class AggregationRunner {
    /** The most items the service returns in one page of any list or result. */
    public static final int PAGE_SIZE = 100;
    /** Empty pages in a row that a sane service never sends; beyond, the reading stops. */
    static final int MAX_PAGES_WITHOUT_ROWS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(AggregationRunner.class);

    private final DeadlineClient client;
    private final DeadlineClient startClient;
    private final AggregationRequests requests;
    private final RunTimings timings;
    private final Clock clock;
    private final Pauser pauser;

    /** What a run tells its caller, on the thread that runs it. */
    interface Pages {
        /** The run reached {@code phase}; {@code restarts} aggregations were started again so far. */
        void phase(Phase phase, int restarts);

        /**
         * The rows of one page as read (after a restart they repeat rows of earlier pages); returns whether any was
         * new to the caller, so that a run that keeps losing its results without progress is given up.
         */
        boolean page(List<CostRow> rows);
    }

    /** Waits between polls; interruptible so a cancel ends the wait at once. */
    @FunctionalInterface
    interface Pauser {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * @param client the client for polls and pages, with the SDK's retries
     * @param startClient a client without retries: this class retries starts itself, visibly
     */
    AggregationRunner(DeadlineClient client, DeadlineClient startClient, RunTimings timings, Clock clock,
                      Pauser pauser) {
        this.client = client;
        this.startClient = startClient;
        this.requests = new AggregationRequests();
        this.timings = timings;
        this.clock = clock;
        this.pauser = pauser;
    }

    /** Runs the query to its last page, handing every page to {@code pages}. */
    void run(StatisticsQuery query, Pages pages, BooleanSupplier cancelled) {
        Run run = new Run(query, pages, cancelled);
        int restartsWithoutProgress = 0;
        while (true) {
            String aggregationId = start(run);
            run.progressed = false;
            try {
                awaitCompletion(run, aggregationId);
                readPages(run, aggregationId);
                run.report(Phase.DONE);
                return;
            } catch (ValidationException | ResourceNotFoundException e) {
                // The page of the first poll carries no token, so a refusal here is the service losing the
                // result (an expired token or the 1-hour window closing), not a question it cannot answer.
                restartsWithoutProgress = run.progressed ? 0 : restartsWithoutProgress + 1;
                if (restartsWithoutProgress > timings.maxRestarts()
                        || run.restarts >= RunTimings.MAX_RESTARTS_IN_TOTAL) {
                    throw resultsKeptExpiring(run, e);
                }
                // Run it again, skipping what we have.
                LOG.info("Aggregation {} lost midway ({}); starting it again", aggregationId, e.getMessage());
                run.restarts++;
            }
        }
    }

    private static QueryProblem resultsKeptExpiring(Run run, SdkException cause) {
        return new QueryProblem(Kind.SERVICE_ERROR, "Deadline Cloud kept discarding the aggregation's results "
            + "before all pages were read (page tokens expired or the results vanished; " + run.restarts
            + " restarts; the rows read so far are kept).", "This is the service's side, not the query: run it "
            + "again later; a shorter range or a longer period makes fewer pages to read.", cause.getMessage(), cause);
    }

    private String start(Run run) {
        run.report(Phase.STARTING);
        Duration wait = timings.busyFirst();
        Instant giveUp = clock.instant().plus(timings.busyGiveUp());
        int transientFailures = 0;
        while (true) {
            run.checkCancelled();
            try {
                return startClient.startSessionsStatisticsAggregation(requests.start(run.query)).aggregationId();
            } catch (SdkException e) {
                if (!(e instanceof ThrottlingException)) {
                    if (!isTransient(e) || ++transientFailures > timings.transientRetries()) {
                        throw e;
                    }
                    pause(run, timings.busyFirst());
                    continue;
                }
                if (clock.instant().isAfter(giveUp)) {
                    throw new QueryProblem(Kind.FARM_BUSY, "The farm kept running another usage aggregation for "
                        + timings.busyGiveUp().toMinutes() + " minutes.",
                        "Someone else may be running a large query on this farm; try again later.",
                        e.getMessage(), e);
                }
                run.report(Phase.WAITING_FOR_FARM);
                pause(run, wait);
                wait = timings.nextBusyWait(wait);
            }
        }
    }

    private void awaitCompletion(Run run, String aggregationId) {
        Duration wait = timings.pollFirst();
        Instant giveUp = clock.instant().plus(timings.aggregatingGiveUp());
        while (true) {
            run.checkCancelled();
            if (clock.instant().isAfter(giveUp)) {
                throw new QueryProblem(Kind.SERVICE_ERROR, "Deadline Cloud still reported the aggregation IN_PROGRESS"
                    + " after " + describe(timings.aggregatingGiveUp()) + "; the app stopped waiting.",
                    "Run the query again later; a shorter range or a longer period finishes sooner.", aggregationId,
                    null);
            }
            run.report(Phase.AGGREGATING);
            GetSessionsStatisticsAggregationResponse response = fetchPage(run, aggregationId, null);
            SessionsStatisticsAggregationStatus status = response.status();
            if (status == SessionsStatisticsAggregationStatus.COMPLETED) {
                run.firstPage = response;
                return;
            }
            if (status == SessionsStatisticsAggregationStatus.FAILED
                    || status == SessionsStatisticsAggregationStatus.TIMEOUT) {
                throw tooLarge(response);
            }
            if (status != SessionsStatisticsAggregationStatus.IN_PROGRESS) {
                throw new QueryProblem(Kind.MALFORMED_RESPONSE, "Deadline Cloud reported an unknown aggregation"
                    + " status '" + response.statusAsString() + "'.", "Update the app; this version does not know"
                    + " that status.", response.statusMessage(), null);
            }
            pause(run, wait);
            wait = timings.nextPoll(wait);
        }
    }

    private void readPages(Run run, String aggregationId) {
        // The poll that saw COMPLETED asked for a full page, so its answer is the first page.
        GetSessionsStatisticsAggregationResponse response = run.firstPage;
        Set<String> tokensSeen = new HashSet<>();
        int pagesWithoutRows = 0;
        while (true) {
            pagesWithoutRows = run.deliver(response.statistics()) ? 0 : pagesWithoutRows + 1;
            String token = response.nextToken();
            if (token == null) {
                return;
            }
            // A service that hands out a token twice, or pages with nothing new forever, would keep us reading.
            if (!tokensSeen.add(token) || pagesWithoutRows > MAX_PAGES_WITHOUT_ROWS) {
                throw new QueryProblem(Kind.MALFORMED_RESPONSE, "Deadline Cloud kept sending pages without new rows"
                    + " (" + tokensSeen.size() + " pages); the app stopped reading.", "Run the query again; if it "
                    + "keeps happening, send the log file with a bug report.", "aggregation " + aggregationId, null);
            }
            run.checkCancelled();
            response = fetchPage(run, aggregationId, token);
        }
    }

    private GetSessionsStatisticsAggregationResponse fetchPage(Run run, String aggregationId, String token) {
        for (int retry = 0; ; retry++) {
            try {
                return client.getSessionsStatisticsAggregation(
                    requests.page(run.query.farmId(), aggregationId, token));
            } catch (SdkException e) {
                // The SDK already retried transient errors; give a flaky network a few more chances per page.
                if (!isTransient(e) || retry >= timings.transientRetries()) {
                    throw e;
                }
                LOG.info("Request for aggregation {} failed ({}); trying again", aggregationId, e.getMessage());
                pause(run, timings.busyFirst());
            }
        }
    }

    private static boolean isTransient(SdkException error) {
        return TransientRetry.isTransient(error);
    }

    private void pause(Run run, Duration duration) {
        try {
            pauser.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled while waiting");
        }
        run.checkCancelled();
    }

    private static String describe(Duration duration) {
        return duration.toMinutes() >= 1 ? duration.toMinutes() + " minutes" : duration.toSeconds() + " seconds";
    }

    private static QueryProblem tooLarge(GetSessionsStatisticsAggregationResponse response) {
        String message = response.statusMessage() == null ? "" : " The service said: \"" + response.statusMessage()
            + "\"";
        return new QueryProblem(Kind.RESULT_TOO_LARGE, "The aggregation ended " + response.statusAsString()
            + "." + message, "Ask for less at once: a shorter time range, fewer queues or fleets, or a longer"
            + " period (daily instead of hourly).", response.statusMessage(), null);
    }

    /** The state of one run across restarts. */
    private final class Run {
        private final StatisticsQuery query;
        private final Pages pages;
        private final BooleanSupplier cancelled;
        private final StatisticsRowMapper mapper;
        private GetSessionsStatisticsAggregationResponse firstPage;
        /** Whether the current attempt read a row the caller did not have. */
        private boolean progressed;
        private int restarts;

        Run(StatisticsQuery query, Pages pages, BooleanSupplier cancelled) {
            this.query = query;
            this.pages = pages;
            this.cancelled = cancelled;
            this.mapper = new StatisticsRowMapper(query, new GroupKeyPool(), new BucketPool());
        }

        /** Hands the page's rows over; true when one of them was new. */
        boolean deliver(List<Statistics> items) {
            List<CostRow> rows = new ArrayList<>(items.size());
            for (Statistics item : items) {
                rows.add(map(item));
            }
            boolean fresh = pages.page(rows);
            progressed |= fresh;
            report(Phase.LOADING);
            return fresh;
        }

        /** The row of one statistics item; an item the app cannot read is the service's error, said so. */
        private CostRow map(Statistics item) {
            try {
                return mapper.map(item);
            } catch (RuntimeException e) {
                throw new QueryProblem(Kind.MALFORMED_RESPONSE, "Deadline Cloud sent a statistics row the app "
                    + "cannot read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ").", "Run the query again; if it keeps happening, send the log file with a bug report.",
                    String.valueOf(item), e);
            }
        }

        void report(Phase phase) {
            pages.phase(phase, restarts);
        }

        void checkCancelled() {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The query was cancelled");
            }
        }
    }
}
