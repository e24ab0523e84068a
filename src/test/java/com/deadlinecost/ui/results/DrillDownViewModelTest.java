package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.StatisticsQuery;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DrillDownViewModelTest {

    private final SimpleObjectProperty<StatisticsQuery> query =
        new SimpleObjectProperty<>(ResultRows.queueUserQuery());
    private final DrillDownViewModel drillDown = new DrillDownViewModel(query);

    @Test
    void startsShowingEverything() {
        assertThat(drillDown.steps()).isEmpty();
        assertThat(drillDown.canGoBackBinding().get()).isFalse();
    }

    @Test
    void drillingPushesLevelsAndBackPopsThem() {
        drillDown.drillInto(GroupField.QUEUE_ID, "q-light");
        drillDown.drillInto(GroupField.USER_ID, "u-ana");

        assertThat(drillDown.steps()).containsExactly(new DrillStep(GroupField.QUEUE_ID, "q-light"),
            new DrillStep(GroupField.USER_ID, "u-ana"));
        assertThat(drillDown.canGoBackBinding().get()).isTrue();
        drillDown.back();
        assertThat(drillDown.steps()).containsExactly(new DrillStep(GroupField.QUEUE_ID, "q-light"));
    }

    @Test
    void breadcrumbStepsBackToAnyLevel() {
        drillDown.drillInto(GroupField.QUEUE_ID, "q-light");
        drillDown.drillInto(GroupField.USER_ID, "u-ana");

        drillDown.backTo(0);

        assertThat(drillDown.steps()).isEmpty();
    }

    @Test
    void drillingIntoTheSameGroupTwiceAddsOneLevel() {
        drillDown.drillInto(GroupField.QUEUE_ID, "q-light");
        drillDown.drillInto(GroupField.QUEUE_ID, "q-light");

        assertThat(drillDown.steps()).hasSize(1);
    }

    @Test
    void drillingIntoAnotherValueOfADrilledFieldReplacesThatLevel() {
        drillDown.drillInto(GroupField.QUEUE_ID, "q-light");
        drillDown.drillInto(GroupField.USER_ID, "u-ana");

        drillDown.drillInto(GroupField.QUEUE_ID, "q-comp");

        assertThat(drillDown.steps()).containsExactly(new DrillStep(GroupField.QUEUE_ID, "q-comp"));
    }

    @Test
    void aFollowUpQueryIsRequestedWithTheGroupAndFiltersToIt() {
        List<DrillQueryRequest> requests = new ArrayList<>();
        drillDown.onDrillQueryProperty().set(requests::add);

        drillDown.requestQuery(GroupField.QUEUE_ID, "q-light", GroupField.JOB_ID);

        assertThat(requests).containsExactly(new DrillQueryRequest(query.get(), GroupField.QUEUE_ID, "q-light",
            GroupField.JOB_ID));
        assertThat(drillDown.steps()).containsExactly(new DrillStep(GroupField.QUEUE_ID, "q-light"));
    }

    @Test
    void theSuggestedQueryOfAQueueSelectsOnlyThatQueue() {
        StatisticsQuery next = new DrillQueryRequest(query.get(), GroupField.QUEUE_ID, "q-light",
            GroupField.USER_ID).suggestedQuery();

        assertThat(next.resources()).isEqualTo(ResourceSelection.queues("q-light"));
        assertThat(next.groupBy()).containsExactly(GroupField.QUEUE_ID, GroupField.USER_ID);
        assertThat(next.range()).isEqualTo(query.get().range());
    }

    @Test
    void theSuggestedQueryOfAUserKeepsTheResourcesAndGroupsByTheUser() {
        StatisticsQuery next = new DrillQueryRequest(query.get(), GroupField.USER_ID, "u-ana",
            GroupField.JOB_ID).suggestedQuery();

        assertThat(next.resources()).isEqualTo(query.get().resources());
        assertThat(next.groupBy()).containsExactly(GroupField.USER_ID, GroupField.JOB_ID);
    }

    @Test
    void aChainedQueryKeepsTheLevelsItStillGroupsBy() {
        drillDown.drillInto(GroupField.USER_ID, "u-ana");

        query.set(ResultRows.query(List.of(GroupField.USER_ID, GroupField.JOB_ID), ResultRows.ALL));
        assertThat(drillDown.steps()).containsExactly(new DrillStep(GroupField.USER_ID, "u-ana"));

        query.set(ResultRows.query(List.of(GroupField.FLEET_ID), ResultRows.ALL));
        assertThat(drillDown.steps()).isEmpty();
    }

    @Test
    void followUpsOfferOtherFieldsThanTheGroupsOwn() {
        assertThat(drillDown.followUpFields(GroupField.USER_ID)).containsExactly(GroupField.JOB_ID,
            GroupField.INSTANCE_TYPE);
        assertThat(drillDown.followUpFields(GroupField.QUEUE_ID)).containsExactly(GroupField.USER_ID,
            GroupField.JOB_ID, GroupField.INSTANCE_TYPE);
    }
}
