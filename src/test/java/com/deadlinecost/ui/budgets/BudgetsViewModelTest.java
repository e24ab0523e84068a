package com.deadlinecost.ui.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.model.budget.BudgetRules;
import com.deadlinecost.model.budget.BurnUp;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.export.BudgetLine;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Budgets view model without a toolkit: inline tasks, the real gateway on the demo studio. */
class BudgetsViewModelTest {
    private DeadlineGateways gateways;
    private DeadlineGateway gateway;
    private final List<StatisticsQuery> opened = new ArrayList<>();
    private BudgetsViewModel budgets;

    private void open(int budgetsPerFarm) {
        gateways = BudgetsDemo.gateways(budgetsPerFarm);
        gateway = gateways.open(ConnectionTarget.demo());
        NamedResource farm = gateway.farms().stream()
            .filter(each -> each.displayName().equals("Harbor Lights Feature")).findFirst().orElseThrow();
        budgets = new BudgetsViewModel(new SimpleObjectProperty<>(gateway), new SimpleObjectProperty<>(farm),
            InlineTaskRunner.immediate(), BudgetsDemo.CLOCK, opened::add);
        budgets.refresh();
    }

    @AfterEach
    void close() {
        gateway.close();
        gateways.close();
    }

    private List<String> names() {
        return budgets.rows().stream().map(line -> line.budget().displayName()).toList();
    }

    private void select(String name) {
        budgets.selectedProperty().set(budgets.rows().stream()
            .filter(line -> line.budget().displayName().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void budgetsAreListedStoppedFirstThenByProjectedOverrun() {
        open(50);

        assertThat(names()).hasSize(4);
        assertThat(budgets.rows().get(0).budget().stopped()).isTrue();
        assertThat(names().subList(1, 4)).containsExactly("Final Render - Starling delivery",
            "Lighting - rolling 30 days", "Compositing - last month");
        assertThat(budgets.statusProperty().get()).startsWith("4 budgets: 1 stopped a queue");
        assertThat(budgets.selectedProperty().get()).isSameAs(budgets.rows().get(0));
    }

    @Test
    void theSelectedBudgetsBurnUpRunsFromNothingToWhatIsUsedAndProjectsWithABand() {
        open(50);

        select("Final Render - Starling delivery");

        BurnUp chart = budgets.burnUpProperty().get();
        BudgetLine line = budgets.selectedProperty().get();
        assertThat(chart.spent().get(0).dollars()).isZero();
        assertThat(chart.spent().get(chart.spent().size() - 1).dollars()).isEqualTo(line.budget().used());
        assertThat(chart.spent()).isSortedAccordingTo((a, b) -> Double.compare(a.dollars(), b.dollars()));
        assertThat(chart.projection().get(chart.projection().size() - 1).time()).isEqualTo(line.budget().end());
        assertThat(chart.bandHigh().get(chart.bandHigh().size() - 1).dollars())
            .isGreaterThan(chart.projection().get(chart.projection().size() - 1).dollars());
        assertThat(chart.thresholdDollars()).containsExactly(line.budget().limit() * 95 / 100, line.budget().limit());
        assertThat(budgets.forecastProperty().get()).contains("At this pace the queue stops on 2026-03-")
            .contains("80 % band");
    }

    @Test
    void aNewBudgetShowsEachProblemNextToItsFieldUntilItIsComplete() {
        open(50);
        BudgetEditorViewModel editor = budgets.newBudget();

        assertThat(editor.problemProperty(BudgetRules.NAME).get()).contains("name");
        assertThat(editor.problemProperty(BudgetRules.LIMIT).get()).contains("e.g. 25000");
        assertThat(editor.problemProperty(BudgetRules.QUEUE).get()).contains("queue");
        assertThat(editor.validProperty().get()).isFalse();

        editor.nameProperty().set("Look Dev - March");
        editor.limitTextProperty().set("$12,500");
        editor.queueProperty().set(editor.queues().get(0));
        editor.lastDayProperty().set(editor.firstDayProperty().get().minusDays(1));
        assertThat(editor.problemProperty(BudgetRules.SCHEDULE).get()).contains("end after it starts");
        editor.lastDayProperty().set(LocalDate.of(2026, 3, 31));

        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.changes()).first().asString().contains("Create the budget \"Look Dev - March\"");
        assertThat(editor.saveLabel()).isEqualTo("Create budget on the farm");
    }

    @Test
    void aConfirmedNewBudgetIsCreatedAndListed() {
        open(50);
        BudgetEditorViewModel editor = budgets.newBudget();
        editor.nameProperty().set("Look Dev - March");
        editor.limitTextProperty().set("12500");
        editor.queueProperty().set(editor.queues().get(0));
        boolean[] closed = {false};

        budgets.save(editor, () -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        assertThat(names()).contains("Look Dev - March");
        assertThat(budgets.statusProperty().get()).isEqualTo("Created the budget \"Look Dev - March\".");
    }

    @Test
    void anEditListsWhatChangesOnTheFarmAndIsSaved() {
        open(50);
        select("Lighting - rolling 30 days");
        BudgetEditorViewModel editor = budgets.editSelected();
        double limit = budgets.selectedProperty().get().budget().limit();

        editor.limitTextProperty().set(String.valueOf((long) limit * 2));
        editor.activeProperty().set(false);

        assertThat(editor.changes()).hasSize(2);
        assertThat(editor.changes().get(0)).startsWith("Limit: ").contains(" becomes ");
        assertThat(editor.changes().get(1)).contains("switched off");
        budgets.save(editor, () -> { });
        select("Lighting - rolling 30 days");
        assertThat(budgets.selectedProperty().get().budget().limit()).isCloseTo((long) limit * 2, within(0.01));
        assertThat(budgets.selectedProperty().get().budget().active()).isFalse();
    }

    @Test
    void theFarmsQuotaIsExplainedInTheEditorAndNothingIsLost() {
        open(4);
        BudgetEditorViewModel editor = budgets.newBudget();
        editor.nameProperty().set("One too many");
        editor.limitTextProperty().set("100");
        editor.queueProperty().set(editor.queues().get(0));
        boolean[] closed = {false};

        budgets.save(editor, () -> closed[0] = true);

        assertThat(closed[0]).isFalse();
        assertThat(editor.errorProperty().get()).contains("quota of budgets").contains("Delete a budget");
        assertThat(editor.nameProperty().get()).isEqualTo("One too many");
        assertThat(names()).hasSize(4);
    }

    @Test
    void deletingSaysWhatHappensThenRemovesTheBudget() {
        open(50);
        BudgetLine stopped = budgets.rows().get(0);

        List<String> consequences = budgets.deleteConsequences();
        budgets.deleteSelected();

        assertThat(consequences).anyMatch(sentence -> sentence.contains(stopped.queueName()))
            .anyMatch(sentence -> sentence.contains("can schedule again"))
            .contains("This cannot be undone.");
        assertThat(names()).hasSize(3).doesNotContain(stopped.budget().displayName());
    }

    @Test
    void openingInTheExplorerAsksForTheQueueOverTheWindowByUser() {
        open(50);
        select("Final Render - Starling delivery");
        BudgetLine line = budgets.selectedProperty().get();

        budgets.openSelectedInExplorer();

        StatisticsQuery query = opened.get(0);
        assertThat(query.resources().ids()).containsExactly(line.budget().queueId());
        assertThat(query.groupBy()).containsExactly(GroupField.USER_ID);
        assertThat(query.range().start()).isEqualTo(line.budget().start());
        assertThat(query.range().end()).isBeforeOrEqualTo(BudgetsDemo.NOW.plusSeconds(60));
    }
}
