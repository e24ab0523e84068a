package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.emulator.studio.Studio;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.BudgetActionToAdd;
import software.amazon.awssdk.services.deadline.model.BudgetActionType;
import software.amazon.awssdk.services.deadline.model.BudgetStatus;
import software.amazon.awssdk.services.deadline.model.BudgetSummary;
import software.amazon.awssdk.services.deadline.model.ConflictException;
import software.amazon.awssdk.services.deadline.model.CreateBudgetRequest;
import software.amazon.awssdk.services.deadline.model.GetBudgetResponse;
import software.amazon.awssdk.services.deadline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.deadline.model.ServiceQuotaExceededException;

/** The five budget operations through the real SDK client: shapes, paging, idempotency, not found, quota. */
class BudgetRoutesTest {
    static final Instant WINDOW_START = TestStudios.NOW.minus(Duration.ofDays(20));
    static final Instant WINDOW_END = TestStudios.NOW.plus(Duration.ofDays(10));

    private EmulatorServer server;
    private DeadlineClient deadline;
    private Studio studio;
    private String farmId;
    private String queueId;

    @BeforeEach
    void start() throws IOException {
        studio = TestStudios.small();
        farmId = TestStudios.bigFarm(studio).farmId();
        queueId = TestStudios.queueIds(studio, farmId).get(0);
        server = EmulatorServer.start(TestStudios.fastConfig(studio, new MutableClock(TestStudios.NOW))
            .budgetsPerFarm(3).build());
        deadline = EmulatorClients.budgets(server.endpoint());
    }

    @AfterEach
    void stop() {
        deadline.close();
        server.close();
    }

    static CreateBudgetRequest.Builder budget(String farmId, String queueId, String name, float limit) {
        return CreateBudgetRequest.builder().farmId(farmId).displayName(name)
            .usageTrackingResource(resource -> resource.queueId(queueId))
            .approximateDollarLimit(limit)
            .actions(BudgetActionToAdd.builder().type(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS)
                .thresholdPercentage(100f).description("stop").build())
            .schedule(schedule -> schedule.fixed(fixed -> fixed.startTime(WINDOW_START).endTime(WINDOW_END)));
    }

    @Test
    void createdBudgetReadsBackWithEveryMember() {
        String budgetId = deadline.createBudget(budget(farmId, queueId, "Lighting", 1_000_000f)
            .description("for the show").build()).budgetId();

        GetBudgetResponse read = deadline.getBudget(request -> request.farmId(farmId).budgetId(budgetId));

        assertThat(budgetId).matches("budget-[0-9a-f]{32}");
        assertThat(read.displayName()).isEqualTo("Lighting");
        assertThat(read.description()).isEqualTo("for the show");
        assertThat(read.usageTrackingResource().queueId()).isEqualTo(queueId);
        assertThat(read.approximateDollarLimit()).isEqualTo(1_000_000f);
        assertThat(read.status()).isEqualTo(BudgetStatus.ACTIVE);
        assertThat(read.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS);
            assertThat(action.thresholdPercentage()).isEqualTo(100f);
            assertThat(action.description()).isEqualTo("stop");
        });
        assertThat(read.schedule().fixed().startTime()).isEqualTo(WINDOW_START);
        assertThat(read.schedule().fixed().endTime()).isEqualTo(WINDOW_END);
        assertThat(read.createdAt()).isEqualTo(TestStudios.NOW);
        assertThat(read.createdBy()).isNotBlank();
        assertThat(read.usages().approximateDollarUsage()).isPositive();
        assertThat(read.queueStoppedAt()).isNull();
    }

    @Test
    void sameClientTokenCreatesOneBudget() {
        CreateBudgetRequest request = budget(farmId, queueId, "Once", 500f).clientToken("retry-me-1").build();

        String first = deadline.createBudget(request).budgetId();
        String second = deadline.createBudget(request).budgetId();

        assertThat(second).isEqualTo(first);
        assertThat(deadline.listBudgets(list -> list.farmId(farmId)).budgets()).hasSize(1);
    }

    @Test
    void sameClientTokenWithAnotherBodyIsAConflict() {
        deadline.createBudget(budget(farmId, queueId, "Once", 500f).clientToken("token-2").build());

        assertThatThrownBy(() -> deadline.createBudget(budget(farmId, queueId, "Other", 500f).clientToken("token-2")
            .build())).isInstanceOfSatisfying(ConflictException.class,
                error -> assertThat(error.resourceType()).isEqualTo("budget"));
    }

    @Test
    void listPagesThroughEveryBudget() {
        List<String> created = IntStream.range(0, 3).mapToObj(i -> deadline.createBudget(
            budget(farmId, queueId, "Budget " + i, 100f + i).build()).budgetId()).collect(Collectors.toList());

        List<String> listed = deadline.listBudgetsPaginator(request -> request.farmId(farmId).maxResults(2))
            .budgets().stream().map(BudgetSummary::budgetId).collect(Collectors.toList());

        assertThat(listed).containsExactlyElementsOf(created);
        assertThat(deadline.listBudgets(request -> request.farmId(farmId).maxResults(2)).nextToken()).isNotNull();
    }

    @Test
    void listFiltersByTheStatusTheScheduleGives() {
        deadline.createBudget(budget(farmId, queueId, "Now", 100f).build());
        deadline.createBudget(budget(farmId, queueId, "Last year", 100f).schedule(schedule -> schedule.fixed(
            fixed -> fixed.startTime(WINDOW_START.minus(Duration.ofDays(365)))
                .endTime(WINDOW_END.minus(Duration.ofDays(365))))).build());

        List<BudgetSummary> inactive = deadline.listBudgets(request -> request.farmId(farmId)
            .status(BudgetStatus.INACTIVE)).budgets();

        assertThat(inactive).extracting(BudgetSummary::displayName).containsExactly("Last year");
    }

    @Test
    void unknownBudgetIsNotFoundWithItsIdAndType() {
        String missing = "budget-" + "0".repeat(32);

        assertThatThrownBy(() -> deadline.getBudget(request -> request.farmId(farmId).budgetId(missing)))
            .isInstanceOfSatisfying(ResourceNotFoundException.class, error -> {
                assertThat(error.resourceId()).isEqualTo(missing);
                assertThat(error.resourceType()).isEqualTo("budget");
            });
        assertThatThrownBy(() -> deadline.deleteBudget(request -> request.farmId(farmId).budgetId(missing)))
            .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deletedBudgetIsGone() {
        String budgetId = deadline.createBudget(budget(farmId, queueId, "Short-lived", 100f).build()).budgetId();

        deadline.deleteBudget(request -> request.farmId(farmId).budgetId(budgetId));

        assertThatThrownBy(() -> deadline.getBudget(request -> request.farmId(farmId).budgetId(budgetId)))
            .isInstanceOf(ResourceNotFoundException.class);
        assertThat(deadline.listBudgets(request -> request.farmId(farmId)).budgets()).isEmpty();
    }

    @Test
    void createPastTheFarmsLimitExceedsTheQuota() {
        IntStream.range(0, 3).forEach(i -> deadline.createBudget(budget(farmId, queueId, "B" + i, 100f).build()));

        assertThatThrownBy(() -> deadline.createBudget(budget(farmId, queueId, "One too many", 100f).build()))
            .isInstanceOfSatisfying(ServiceQuotaExceededException.class, error -> {
                assertThat(error.statusCode()).isEqualTo(402);
                assertThat(error.resourceType()).isEqualTo("budget");
                assertThat(error.awsErrorDetails().errorMessage()).contains("3");
            });
    }

    @Test
    void updateChangesLimitActionsAndStatus() {
        String budgetId = deadline.createBudget(budget(farmId, queueId, "Editable", 100f).build()).budgetId();

        deadline.updateBudget(request -> request.farmId(farmId).budgetId(budgetId).approximateDollarLimit(250f)
            .displayName("Edited").status(BudgetStatus.INACTIVE)
            .actionsToRemove(remove -> remove.type(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS)
                .thresholdPercentage(100f))
            .actionsToAdd(BudgetActionToAdd.builder().type(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS)
                .thresholdPercentage(90f).build()));
        GetBudgetResponse read = deadline.getBudget(request -> request.farmId(farmId).budgetId(budgetId));

        assertThat(read.approximateDollarLimit()).isEqualTo(250f);
        assertThat(read.displayName()).isEqualTo("Edited");
        assertThat(read.status()).isEqualTo(BudgetStatus.INACTIVE);
        assertThat(read.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS);
            assertThat(action.thresholdPercentage()).isEqualTo(90f);
        });
        assertThat(read.updatedAt()).isEqualTo(TestStudios.NOW);
    }

    @Test
    void budgetOfAQueueOfAnotherFarmIsNotFound() {
        String otherFarmQueue = TestStudios.queueIds(studio, studio.farms().get(1).farmId()).get(0);

        assertThatThrownBy(() -> deadline.createBudget(budget(farmId, otherFarmQueue, "Wrong farm", 100f).build()))
            .isInstanceOfSatisfying(ResourceNotFoundException.class,
                error -> assertThat(error.resourceId()).isEqualTo(otherFarmQueue));
    }

    @Test
    void usageIsTheUsageAtTheCurrentMomentOfTheClock() {
        String budgetId = deadline.createBudget(budget(farmId, queueId, "Grows", 1e9f).build()).budgetId();

        double usage = deadline.getBudget(request -> request.farmId(farmId).budgetId(budgetId)).usages()
            .approximateDollarUsage();

        assertThat(usage).isCloseTo(AggregationCalls.costSum(AggregationCalls.run(deadline,
            AggregationCalls.queues(farmId, List.of(queueId), WINDOW_START, TestStudios.NOW).build())),
            within(0.01));
    }
}
