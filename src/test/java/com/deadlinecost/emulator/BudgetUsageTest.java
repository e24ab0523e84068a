package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.BudgetStatus;
import software.amazon.awssdk.services.deadline.model.BudgetSummary;
import software.amazon.awssdk.services.deadline.model.GetBudgetResponse;
import software.amazon.awssdk.services.deadline.model.GetQueueResponse;
import software.amazon.awssdk.services.deadline.model.QueueBlockedReason;
import software.amazon.awssdk.services.deadline.model.QueueStatus;

/** A budget's usage is the aggregation of its queue over its window; crossing a stop threshold stops the queue. */
class BudgetUsageTest {
    private Studio studio = TestStudios.small();
    private String farmId = TestStudios.bigFarm(studio).farmId();
    private EmulatorServer server;
    private DeadlineClient deadline;

    private void start(boolean demoBudgets) throws IOException {
        server = EmulatorServer.start(TestStudios.fastConfig(studio, new MutableClock(TestStudios.NOW))
            .demoBudgets(demoBudgets).build());
        deadline = EmulatorClients.budgets(server.endpoint());
    }

    @AfterEach
    void stop() {
        deadline.close();
        server.close();
    }

    private String queue(String name) {
        return studio.queues(farmId).stream().filter(queue -> queue.displayName().equals(name)).findFirst()
            .orElseThrow().queueId();
    }

    private double aggregated(String queueId, Instant start, Instant end) {
        return AggregationCalls.costSum(AggregationCalls.run(deadline,
            AggregationCalls.queues(farmId, List.of(queueId), start, end).build()));
    }

    private GetBudgetResponse get(String budgetId) {
        return deadline.getBudget(request -> request.farmId(farmId).budgetId(budgetId));
    }

    @Test
    void usageOfEveryQueueEqualsItsAggregationOverTheWindowToTheCent() throws IOException {
        start(false);
        Instant windowStart = Instant.parse("2025-05-03T07:00:00Z");
        Instant windowEnd = Instant.parse("2025-06-01T13:30:00Z");
        for (String queueId : TestStudios.queueIds(studio, farmId)) {
            String budgetId = deadline.createBudget(BudgetRoutesTest.budget(farmId, queueId, "Q", 1e9f)
                .schedule(schedule -> schedule.fixed(fixed -> fixed.startTime(windowStart).endTime(windowEnd)))
                .build()).budgetId();

            double usage = get(budgetId).usages().approximateDollarUsage();

            assertThat(usage).as(queueId).isCloseTo(aggregated(queueId, windowStart, windowEnd), within(0.01));
            deadline.deleteBudget(request -> request.farmId(farmId).budgetId(budgetId));
        }
    }

    @Test
    void crossingAStopThresholdStopsTheQueueAtTheMomentItWasReached() throws IOException {
        start(false);
        String queueId = queue("Lighting");
        double spent = aggregated(queueId, BudgetRoutesTest.WINDOW_START, TestStudios.NOW);
        float limit = (float) Math.floor(spent / 2);
        String budgetId = deadline.createBudget(BudgetRoutesTest.budget(farmId, queueId, "Half spent", limit)
            .build()).budgetId();

        GetBudgetResponse budget = get(budgetId);
        GetQueueResponse queue = deadline.getQueue(request -> request.farmId(farmId).queueId(queueId));

        assertThat(budget.queueStoppedAt()).isBetween(BudgetRoutesTest.WINDOW_START, TestStudios.NOW);
        assertThat(aggregated(queueId, BudgetRoutesTest.WINDOW_START, budget.queueStoppedAt()))
            .isCloseTo(limit, within(limit * 0.01));
        assertThat(queue.status()).isEqualTo(QueueStatus.SCHEDULING_BLOCKED);
        assertThat(queue.blockedReason()).isEqualTo(QueueBlockedReason.BUDGET_THRESHOLD_REACHED);
    }

    @Test
    void raisingTheLimitLetsTheQueueScheduleAgain() throws IOException {
        start(false);
        String queueId = queue("Lighting");
        String budgetId = deadline.createBudget(BudgetRoutesTest.budget(farmId, queueId, "Tight", 1f).build())
            .budgetId();

        deadline.updateBudget(request -> request.farmId(farmId).budgetId(budgetId).approximateDollarLimit(1e9f));

        assertThat(get(budgetId).queueStoppedAt()).isNull();
        assertThat(deadline.getQueue(request -> request.farmId(farmId).queueId(queueId)).status())
            .isNotEqualTo(QueueStatus.SCHEDULING_BLOCKED);
    }

    @Test
    void anInactiveBudgetStopsNothing() throws IOException {
        start(false);
        String queueId = queue("Lighting");
        String budgetId = deadline.createBudget(BudgetRoutesTest.budget(farmId, queueId, "Off", 1f).build())
            .budgetId();

        deadline.updateBudget(request -> request.farmId(farmId).budgetId(budgetId).status(BudgetStatus.INACTIVE));

        assertThat(get(budgetId).queueStoppedAt()).isNull();
    }

    @Test
    void demoStudioTellsItsFourBudgetStories() throws IOException {
        // The full-size demo studio, as the app serves it: the small one spends too little for its stories.
        studio = DemoStudioGenerator.generate(DemoStudioGenerator.DEFAULT_SEED, TestStudios.NOW,
            DemoStudioGenerator.DEFAULT_SESSIONS);
        farmId = TestStudios.bigFarm(studio).farmId();
        start(true);
        Map<String, BudgetSummary> budgets = deadline.listBudgets(request -> request.farmId(farmId)).budgets()
            .stream().collect(Collectors.toMap(BudgetSummary::displayName, Function.identity()));

        String exceededName = budgets.keySet().stream().filter(name -> name.endsWith(DemoBudgets.EXCEEDED_SUFFIX))
            .findFirst().orElseThrow();
        assertThat(budgets).containsOnlyKeys(DemoBudgets.HEALTHY, DemoBudgets.NEAR_OVERRUN, exceededName,
            DemoBudgets.ENDED);
        assertThat(usedShare(budgets.get(DemoBudgets.HEALTHY))).isBetween(0.25, 0.6);
        GetBudgetResponse near = get(budgets.get(DemoBudgets.NEAR_OVERRUN).budgetId());
        assertThat((double) near.usages().approximateDollarUsage() / near.approximateDollarLimit()).isCloseTo(0.85,
            within(0.01));
        assertThat(Duration.between(TestStudios.NOW, near.schedule().fixed().endTime()).toDays()).isEqualTo(10);
        assertThat(near.queueStoppedAt()).isNull();
        GetBudgetResponse exceeded = get(budgets.get(exceededName).budgetId());
        assertThat(exceeded.queueStoppedAt()).isBetween(TestStudios.NOW.minus(Duration.ofHours(60)),
            TestStudios.NOW.minus(Duration.ofHours(36)));
        assertThat(exceeded.status()).isEqualTo(BudgetStatus.ACTIVE);
        BudgetSummary ended = budgets.get(DemoBudgets.ENDED);
        assertThat(ended.status()).isEqualTo(BudgetStatus.INACTIVE);
        assertThat(usedShare(ended)).isCloseTo(0.92, within(0.01));
    }

    private static double usedShare(BudgetSummary budget) {
        return (double) budget.usages().approximateDollarUsage() / budget.approximateDollarLimit();
    }
}
