package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BudgetActionType;
import com.deadlinecost.model.budget.BudgetChanges;
import com.deadlinecost.model.budget.BudgetDraft;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Budgets through the app's gateway, the real SDK and HTTP, against the emulator with the demo's budgets. */
class SdkBudgetGatewayTest {
    private static final Instant START = DemoFixture.NOW.minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS);
    private DemoFixture demo;

    private BudgetGateway open(int budgetsPerFarm, Set<String> deniedFarms) {
        demo = new DemoFixture(DemoFixture.config().clock(Clock.fixed(DemoFixture.NOW, ZoneOffset.UTC))
            .demoBudgets(true).budgetsPerFarm(budgetsPerFarm).usageDeniedFarmIds(deniedFarms));
        return demo.gateway.budgets();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private static BudgetDraft draft(String name, double limit) {
        return new BudgetDraft(name, "", DemoFixture.queueIds(1).get(0), limit, START, START.plus(Duration.ofDays(30)),
            List.of(new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS, 100, "")), true);
    }

    private static Budget named(List<Budget> budgets, String name) {
        return budgets.stream().filter(budget -> budget.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsTheDemoBudgetsWithTheirActionsAndTheStoppedQueue() {
        List<Budget> budgets = open(50, Set.of()).budgets(DemoFixture.farmId());

        assertThat(budgets).hasSize(4);
        assertThat(budgets).filteredOn(Budget::stopped).hasSize(1);
        assertThat(budgets).allSatisfy(budget -> assertThat(budget.actions()).isNotEmpty());
        assertThat(budgets).filteredOn(budget -> !budget.active()).hasSize(1);
    }

    @Test
    void createdUpdatedAndDeletedBudgetIsSeenEachTime() {
        BudgetGateway budgets = open(50, Set.of());
        String farmId = DemoFixture.farmId();

        String budgetId = budgets.create(farmId, draft("Created", 1234.5), "token-1");
        Budget created = named(budgets.budgets(farmId), "Created");
        BudgetDraft edited = new BudgetDraft("Edited", "now with a note", created.queueId(), 2000.0, created.start(),
            created.end(), List.of(new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS, 90, "")), false);
        budgets.update(farmId, created, edited, BudgetChanges.between(created, true, edited), "token-2");
        Budget updated = named(budgets.budgets(farmId), "Edited");

        assertThat(created.budgetId()).isEqualTo(budgetId);
        assertThat(created.limit()).isEqualTo(1234.5);
        assertThat(updated.limit()).isEqualTo(2000.0);
        assertThat(updated.description()).isEqualTo("now with a note");
        assertThat(updated.active()).isFalse();
        assertThat(updated.actions()).extracting(BudgetAction::type)
            .containsExactly(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS);
        budgets.delete(farmId, budgetId);
        assertThat(budgets.budgets(farmId)).extracting(Budget::budgetId).doesNotContain(budgetId);
    }

    @Test
    void aRetriedCreateWithTheSameTokenCreatesOneBudget() {
        BudgetGateway budgets = open(50, Set.of());

        String first = budgets.create(DemoFixture.farmId(), draft("Once", 100), "same-token");
        String second = budgets.create(DemoFixture.farmId(), draft("Once", 100), "same-token");

        assertThat(second).isEqualTo(first);
        assertThat(budgets.budgets(DemoFixture.farmId())).hasSize(5);
    }

    @Test
    void dailySpendOfAnEndedBudgetAddsUpToItsUsage() {
        BudgetGateway budgets = open(50, Set.of());
        Budget ended = budgets.budgets(DemoFixture.farmId()).stream().filter(budget -> !budget.active()).findFirst()
            .orElseThrow();

        List<Double> days = budgets.dailySpend(ended, DemoFixture.NOW);

        assertThat(days).hasSize((int) Duration.between(ended.start(), ended.end()).toDays());
        assertThat(days.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(ended.used(), within(0.01));
    }

    @Test
    void theQuotaIsExplained() {
        BudgetGateway budgets = open(4, Set.of());

        assertThatThrownBy(() -> budgets.create(DemoFixture.farmId(), draft("Fifth", 100), "t"))
            .isInstanceOfSatisfying(QueryProblem.class, problem -> {
                assertThat(problem.getMessage()).contains("quota of budgets");
                assertThat(problem.advice()).contains("Delete a budget");
            });
    }

    @Test
    void notBeingAnOwnerIsExplained() {
        BudgetGateway budgets = open(50, Set.of(DemoFixture.farmId()));

        assertThatThrownBy(() -> budgets.budgets(DemoFixture.farmId()))
            .isInstanceOfSatisfying(QueryProblem.class, problem -> {
                assertThat(problem.kind()).isEqualTo(QueryProblem.Kind.ACCESS_DENIED);
                assertThat(problem.advice()).contains("OWNER");
            });
    }

    @Test
    void aBudgetTheServiceRejectsNamesTheField() {
        BudgetGateway budgets = open(50, Set.of());

        assertThatThrownBy(() -> budgets.create(DemoFixture.farmId(), draft("x".repeat(101), 100), "t"))
            .isInstanceOfSatisfying(QueryProblem.class,
                problem -> assertThat(problem.getMessage()).contains("displayName"));
    }
}
