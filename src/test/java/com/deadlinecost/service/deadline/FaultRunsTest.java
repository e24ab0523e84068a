package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.fuzz.Fuzz;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Randomized fault runs: throttling, server errors, dropped connections, latency, page tokens and results that
 * expire, aggregations that end FAILED for size (and are split), and cancels midway. Each run is retried as a user
 * would press Retry, and its rows and user names must equal a fault-free aggregation's.
 */
class FaultRunsTest {
    private static final int MAX_RETRIES = 30;
    /** One run's bound; a run that hangs fails the suite instead of stalling it. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void faultyRunsDeliverTheSameRowsAndNamesAsAFaultFreeOne() throws IOException, InterruptedException {
        SplittableRandom random = Fuzz.random("fault-runs");
        Fuzz.Tally tally = new Fuzz.Tally("fault runs");
        List<StatisticsQuery> queries = queries();
        DisplayNames reference;
        try (DemoFixture clean = new DemoFixture(DemoFixture.config())) {
            reference = clean.gateway.displayNames(DemoFixture.farmId());
        }
        Set<String> userIds = DemoFixture.STUDIO.users().stream().map(user -> user.userId())
            .collect(Collectors.toSet());
        int runs = Fuzz.tries(5, 200);
        // Runs mostly wait (back-off, latency), so a -Pfuzz run overlaps a few; each has its own emulator and client.
        ExecutorService pool = Executors.newFixedThreadPool(Fuzz.full() ? 4 : 1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                StatisticsQuery query = queries.get(random.nextInt(queries.size()));
                FaultConfig faults = faults(random);
                int rowLimit = random.nextInt(3) == 0 ? 200 + random.nextInt(2_000) : Integer.MAX_VALUE;
                int cancelAfterPage = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : -1;
                String where = tally.where(i, faults + ", row limit " + rowLimit + ", cancel after page "
                    + cancelAfterPage + ", query " + query.resources().ids().size() + " " + query.resourceKind()
                    + " " + query.period() + " by " + query.groupBy());
                outcomes.add(pool.submit(() -> {
                    try {
                        return run(query, faults, rowLimit, cancelAfterPage, reference, userIds, where);
                    } catch (RuntimeException e) {
                        throw new AssertionError(where + ": " + e, e);
                    }
                }));
            }
            for (Future<String> outcome : outcomes) {
                tally.add(outcome.get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            }
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("A fault run did not end within " + RUN_TIMEOUT, e);
        } finally {
            pool.shutdownNow();
        }
        tally.print();
    }

    private static String run(StatisticsQuery query, FaultConfig faults, int rowLimit, int cancelAfterPage,
                              DisplayNames reference, Set<String> userIds, String where) throws IOException {
        EmulatorConfig.Builder config = DemoFixture.config().faults(faults).studio(DemoFixture.STUDIO);
        if (rowLimit != Integer.MAX_VALUE) {
            config.resultRowLimit(rowLimit);
        }
        try (EmulatorServer server = EmulatorServer.start(config.build());
             SdkDeadlineGateway gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
                 SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0), RunTimings.fast(),
                 Clock.systemUTC())) {
            PlannedRun run = gateway.plan(query);
            List<CostRow> rows = new ArrayList<>();
            int[] pages = {0};
            boolean[] cancelled = {false};
            int retries = 0;
            int cancels = 0;
            while (!run.complete()) {
                RecordingListener listener = new RecordingListener(page -> pages[0]++);
                try {
                    run.run(listener, () -> !cancelled[0] && cancelAfterPage > 0 && pages[0] >= cancelAfterPage
                        && (cancelled[0] = true));
                } catch (CancellationException e) {
                    cancels++;
                } catch (QueryProblem problem) {
                    assertThat(problem.retryable()).as(where + ": " + problem.getMessage()).isTrue();
                    assertThat(++retries).as(where + ": " + problem.getMessage()).isLessThanOrEqualTo(MAX_RETRIES);
                } finally {
                    rows.addAll(listener.rows);
                }
            }
            DirectAggregation.assertSameRows(rows, DirectAggregation.of(DemoFixture.STUDIO, query), query);
            DisplayNames names = null;
            while (names == null) {
                try {
                    names = gateway.displayNames(query.farmId());
                } catch (QueryProblem problem) {
                    // Listing the farm's queues and members failed past the SDK's retries: Retry, as a user would.
                    assertThat(problem.retryable()).as(where + ": " + problem.getMessage()).isTrue();
                    assertThat(++retries).as(where + ": " + problem.getMessage()).isLessThanOrEqualTo(MAX_RETRIES);
                }
            }
            for (String userId : userIds) {
                assertThat(names.name(GroupField.USER_ID, userId)).as(where + ": name of " + userId)
                    .isEqualTo(reference.name(GroupField.USER_ID, userId));
            }
            return "identical rows and names" + (retries > 0 ? ", after Retry" : "")
                + (cancels > 0 ? ", after a cancel" : "");
        }
    }

    private static FaultConfig faults(SplittableRandom random) {
        Duration ttl = List.of(FaultConfig.SERVICE_TOKEN_TTL, Duration.ofMillis(300), Duration.ofSeconds(1),
            Duration.ofSeconds(2)).get(random.nextInt(4));
        return FaultConfig.none().withSeed(random.nextLong())
            .withThrottleRate(round(random.nextDouble() * 0.15))
            .withErrorRate(round(random.nextDouble() * 0.15))
            .withDropRate(round(random.nextDouble() * 0.08))
            .withLatency(Duration.ofMillis(random.nextInt(15)))
            .withTokenTtl(ttl);
    }

    private static double round(double rate) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", rate));
    }

    /** A few pages by queue and user; all queues by user (chunks merged); fleets by instance type, weekly. */
    private static List<StatisticsQuery> queries() {
        String farm = DemoFixture.farmId();
        List<String> allQueues = DemoFixture.STUDIO.queues(farm).stream().map(queue -> queue.queueId())
            .collect(Collectors.toList());
        List<String> fleets = DemoFixture.STUDIO.fleets(farm).stream().map(fleet -> fleet.fleetId())
            .collect(Collectors.toList());
        TimeRange sixtyDays = new TimeRange(DemoFixture.NOW.minus(Duration.ofDays(60)), DemoFixture.NOW);
        TimeRange sevenDays = new TimeRange(DemoFixture.NOW.minus(Duration.ofDays(7)), DemoFixture.NOW);
        return List.of(new StatisticsQuery(farm, new ResourceSelection(ResourceKind.QUEUE, allQueues.subList(0, 4)),
                sevenDays, UtcOffset.UTC, Period.HOURLY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID),
                EnumSet.allOf(Statistic.class)),
            new StatisticsQuery(farm, new ResourceSelection(ResourceKind.QUEUE, allQueues), sixtyDays,
                UtcOffset.parse("UTC+05:30"), Period.DAILY, List.of(GroupField.USER_ID),
                EnumSet.of(Statistic.SUM, Statistic.AVG)),
            new StatisticsQuery(farm, new ResourceSelection(ResourceKind.FLEET, fleets), sixtyDays, UtcOffset.UTC,
                Period.WEEKLY, List.of(GroupField.FLEET_ID, GroupField.INSTANCE_TYPE),
                EnumSet.allOf(Statistic.class)));
    }
}
