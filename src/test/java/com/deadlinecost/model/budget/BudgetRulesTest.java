package com.deadlinecost.model.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-04-01T00:00:00Z");
    private static final BudgetAction STOP = new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS,
        100, "");

    private static BudgetDraft draft(String name, Double limit, Instant start, Instant end,
        List<BudgetAction> actions) {
        return new BudgetDraft(name, "", "queue-1", limit, start, end, actions, true);
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(BudgetRules.problems(draft("Lighting", 100.0, START, END, List.of(STOP)))).isEmpty();
    }

    @Test
    void eachBrokenRuleIsReportedAgainstItsField() {
        BudgetDraft draft = new BudgetDraft("", "d".repeat(101), "", 0.001, END, START,
            Collections.nCopies(11, STOP), true);

        assertThat(BudgetRules.problems(draft)).containsOnlyKeys(BudgetRules.NAME, BudgetRules.DESCRIPTION,
            BudgetRules.QUEUE, BudgetRules.LIMIT, BudgetRules.SCHEDULE, BudgetRules.ACTIONS);
    }

    @Test
    void aLimitThatIsNotANumberSaysHowToWriteOne() {
        assertThat(BudgetRules.problems(draft("B", null, START, END, List.of())).get(BudgetRules.LIMIT))
            .contains("e.g. 25000");
    }

    @Test
    void theSameActionTwiceIsAProblem() {
        assertThat(BudgetRules.problems(draft("B", 1.0, START, END, List.of(STOP, STOP))))
            .containsKey(BudgetRules.ACTIONS);
    }

    @Test
    void thresholdsOutsideZeroToOneHundredAreProblems() {
        BudgetAction over = new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS, 120, "");

        assertThat(BudgetRules.problems(draft("B", 1.0, START, END, List.of(over)))).containsKey(BudgetRules.ACTIONS);
    }

    @Test
    void changesSayWhatHappensOnTheFarmAndWhichActionsToSend() {
        Budget before = new Budget("budget-1", "farm-1", "queue-1", "Lighting", "", 1000, 10, true, START, END,
            List.of(STOP), null);
        BudgetAction cancel = new BudgetAction(BudgetActionType.STOP_SCHEDULING_AND_CANCEL_TASKS, 95, "");
        BudgetDraft after = new BudgetDraft("Lighting", "", "queue-1", 1500.0, START, END, List.of(cancel), false);

        BudgetChanges changes = BudgetChanges.between(before, true, after);

        assertThat(changes.sentences()).containsExactly(
            "Limit: $1,000.00 becomes $1,500.00.",
            "The budget is switched off (INACTIVE): it stops nothing until switched on again.",
            "Remove the action: at 100 %: stop scheduling, let running tasks finish.",
            "Add the action: at 95 %: stop scheduling and cancel running tasks.");
        assertThat(changes.actionsToAdd()).containsExactly(cancel);
        assertThat(changes.actionsToRemove()).containsExactly(STOP);
    }

    @Test
    void anUnchangedDraftChangesNothing() {
        Budget before = new Budget("budget-1", "farm-1", "queue-1", "Lighting", "", 1000, 10, true, START, END,
            List.of(STOP), null);

        assertThat(BudgetChanges.between(before, true, BudgetDraft.of(before, true)).isEmpty()).isTrue();
    }
}
