package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.BudgetActionToAdd;
import software.amazon.awssdk.services.deadline.model.CreateBudgetRequest;
import software.amazon.awssdk.services.deadline.model.ValidationException;
import software.amazon.awssdk.services.deadline.model.ValidationExceptionField;
import software.amazon.awssdk.services.deadline.model.ValidationExceptionReason;

/** Each constraint of CreateBudget and UpdateBudget answers a ValidationException naming the field. */
class BudgetValidationTest {
    private static EmulatorServer server;
    private static DeadlineClient deadline;
    private static String farmId;
    private static String queueId;

    @BeforeAll
    static void start() throws IOException {
        farmId = TestStudios.bigFarm(TestStudios.small()).farmId();
        queueId = TestStudios.queueIds(TestStudios.small(), farmId).get(0);
        server = EmulatorServer.start(TestStudios.fastConfig(TestStudios.small(), new MutableClock(TestStudios.NOW))
            .build());
        deadline = EmulatorClients.budgets(server.endpoint());
    }

    @AfterAll
    static void stop() {
        deadline.close();
        server.close();
    }

    private static ValidationException rejected(UnaryOperator<CreateBudgetRequest.Builder> change) {
        CreateBudgetRequest request = change.apply(BudgetRoutesTest.budget(farmId, queueId, "Valid", 100f)).build();
        ValidationException error = catchThrowableOfType(() -> deadline.createBudget(request),
            ValidationException.class);
        assertThat(error).as("rejected").isNotNull();
        assertThat(error.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
        return error;
    }

    private static void assertField(ValidationException error, String field) {
        assertThat(error.fieldList()).extracting(ValidationExceptionField::name).contains(field);
    }

    @Test
    void missingDisplayName() {
        assertField(rejected(request -> request.displayName(null)), "displayName");
    }

    @Test
    void displayNameLongerThanOneHundredCharacters() {
        assertField(rejected(request -> request.displayName("x".repeat(101))), "displayName");
    }

    @Test
    void descriptionLongerThanOneHundredCharacters() {
        assertField(rejected(request -> request.description("x".repeat(101))), "description");
    }

    @Test
    void limitBelowOneCent() {
        assertField(rejected(request -> request.approximateDollarLimit(0.001f)), "approximateDollarLimit");
    }

    @Test
    void missingLimit() {
        assertField(rejected(request -> request.approximateDollarLimit(null)), "approximateDollarLimit");
    }

    @Test
    void missingQueue() {
        assertField(rejected(request -> request.usageTrackingResource((software.amazon.awssdk.services.deadline
            .model.UsageTrackingResource) null)), "usageTrackingResource");
    }

    @Test
    void malformedQueueId() {
        assertField(rejected(request -> request.usageTrackingResource(resource -> resource.queueId("queue-1"))),
            "usageTrackingResource.queueId");
    }

    @Test
    void thresholdAboveOneHundred() {
        assertField(rejected(request -> request.actions(BudgetActionToAdd.builder()
            .type("STOP_SCHEDULING_AND_COMPLETE_TASKS").thresholdPercentage(150f).build())),
            "actions[0].thresholdPercentage");
    }

    @Test
    void unknownActionType() {
        assertField(rejected(request -> request.actions(BudgetActionToAdd.builder().type("EMAIL_ME")
            .thresholdPercentage(50f).build())), "actions[0].type");
    }

    @Test
    void moreThanTenActions() {
        BudgetActionToAdd[] actions = new BudgetActionToAdd[11];
        for (int i = 0; i < actions.length; i++) {
            actions[i] = BudgetActionToAdd.builder().type("STOP_SCHEDULING_AND_CANCEL_TASKS")
                .thresholdPercentage(50f + i).build();
        }
        assertField(rejected(request -> request.actions(actions)), "actions");
    }

    @Test
    void scheduleThatEndsBeforeItStarts() {
        assertField(rejected(request -> request.schedule(schedule -> schedule.fixed(fixed -> fixed
            .startTime(TestStudios.NOW).endTime(TestStudios.NOW.minus(Duration.ofDays(1)))))),
            "schedule.fixed.endTime");
    }

    @Test
    void missingSchedule() {
        assertField(rejected(request -> request.schedule((software.amazon.awssdk.services.deadline.model
            .BudgetSchedule) null)), "schedule");
    }

    @Test
    void everyProblemOfOneRequestIsNamed() {
        ValidationException error = rejected(request -> request.displayName("").approximateDollarLimit(0f)
            .actions(Collections.emptyList()));

        assertThat(error.fieldList()).extracting(ValidationExceptionField::name)
            .containsExactly("displayName", "approximateDollarLimit");
        assertThat(error.fieldList()).allSatisfy(field -> assertThat(field.message()).isNotBlank());
    }

    @Test
    void clientTokenLongerThanSixtyFourCharacters() {
        assertField(rejected(request -> request.clientToken("t".repeat(65))), "clientToken");
    }

    @Test
    void updateWithUnknownStatus() {
        String budgetId = deadline.createBudget(BudgetRoutesTest.budget(farmId, queueId, "To update", 100f).build())
            .budgetId();

        ValidationException error = catchThrowableOfType(() -> deadline.updateBudget(request -> request
            .farmId(farmId).budgetId(budgetId).status("PAUSED")), ValidationException.class);

        assertField(error, "status");
    }

    @Test
    void updateRemovingAnActionTheBudgetDoesNotHave() {
        String budgetId = deadline.createBudget(BudgetRoutesTest.budget(farmId, queueId, "To update", 100f).build())
            .budgetId();

        ValidationException error = catchThrowableOfType(() -> deadline.updateBudget(request -> request
            .farmId(farmId).budgetId(budgetId).actionsToRemove(remove -> remove
                .type("STOP_SCHEDULING_AND_CANCEL_TASKS").thresholdPercentage(42f))), ValidationException.class);

        assertField(error, "actionsToRemove");
    }

    @Test
    void malformedBudgetId() {
        ValidationException error = catchThrowableOfType(() -> deadline.getBudget(request -> request
            .farmId(farmId).budgetId("budget-xyz")), ValidationException.class);

        assertField(error, "budgetId");
    }
}
