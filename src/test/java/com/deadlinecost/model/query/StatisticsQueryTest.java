package com.deadlinecost.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsQueryTest {

    private static final String FARM = "farm-00000000000000000000000000000001";
    private static final TimeRange RANGE = new TimeRange(Instant.parse("2025-01-01T00:00:00Z"),
        Instant.parse("2025-02-01T00:00:00Z"));

    private static StatisticsQuery query(List<GroupField> groupBy, Set<Statistic> statistics) {
        return new StatisticsQuery(FARM, ResourceSelection.queues("queue-1"), RANGE, UtcOffset.UTC, Period.DAILY,
            groupBy, statistics);
    }

    @Test
    void validQueryKeepsItsMembers() {
        StatisticsQuery query = query(List.of(GroupField.USER_ID, GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));

        assertThat(query.groupBy()).containsExactly(GroupField.USER_ID, GroupField.QUEUE_ID);
        assertThat(query.statistics()).containsExactly(Statistic.SUM);
        assertThat(query.resourceKind()).isEqualTo(ResourceKind.QUEUE);
    }

    @Test
    void moreThanTenResourcesAreAllowed() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add("queue-" + i);
        }
        assertThat(new ResourceSelection(ResourceKind.QUEUE, ids).ids()).hasSize(25);
    }

    @Test
    void collectionsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<GroupField> groupBy = new ArrayList<>(List.of(GroupField.QUEUE_ID));
        Set<Statistic> statistics = EnumSet.of(Statistic.SUM, Statistic.AVG);
        StatisticsQuery query = query(groupBy, statistics);

        groupBy.add(GroupField.USER_ID);
        statistics.clear();

        assertThat(query.groupBy()).containsExactly(GroupField.QUEUE_ID);
        assertThat(query.statistics()).containsExactly(Statistic.SUM, Statistic.AVG);
    }

    @Test
    void statisticsCannotBeModifiedThroughTheQuery() {
        StatisticsQuery query = query(List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));

        assertThatThrownBy(() -> query.statistics().add(Statistic.MIN))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noGroupByIsRejected() {
        assertThatThrownBy(() -> query(List.of(), EnumSet.of(Statistic.SUM)))
            .hasMessage("Choose at least one field to group by");
    }

    @Test
    void threeGroupBysAreRejected() {
        assertThatThrownBy(() -> query(List.of(GroupField.QUEUE_ID, GroupField.USER_ID, GroupField.JOB_ID),
            EnumSet.of(Statistic.SUM))).hasMessageContaining("at most 2");
    }

    @Test
    void theSameGroupByTwiceIsRejected() {
        assertThatThrownBy(() -> query(List.of(GroupField.USER_ID, GroupField.USER_ID), EnumSet.of(Statistic.SUM)))
            .hasMessageContaining("User is chosen twice");
    }

    @Test
    void noStatisticIsRejected() {
        assertThatThrownBy(() -> query(List.of(GroupField.QUEUE_ID), EnumSet.noneOf(Statistic.class)))
            .hasMessageContaining("at least one statistic");
    }

    @Test
    void blankFarmIsRejected() {
        assertThatThrownBy(() -> new StatisticsQuery(" ", ResourceSelection.queues("queue-1"), RANGE,
            UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM)))
            .hasMessage("Choose a farm");
    }

    @Test
    void emptyRangeIsRejected() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        assertThatThrownBy(() -> new TimeRange(now, now)).hasMessageContaining("must be before");
    }

    @Test
    void reversedRangeIsRejected() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        assertThatThrownBy(() -> new TimeRange(now, now.minusSeconds(1))).hasMessageContaining("must be before");
    }

    @Test
    void noResourcesAreRejected() {
        assertThatThrownBy(ResourceSelection::fleets).hasMessage("Choose at least one fleet");
    }

    @Test
    void duplicateResourceIdIsRejected() {
        assertThatThrownBy(() -> ResourceSelection.queues("queue-1", "queue-1"))
            .hasMessage("The queue queue-1 is chosen twice");
    }

    @Test
    void blankResourceIdIsRejected() {
        assertThatThrownBy(() -> ResourceSelection.queues("queue-1", " ")).hasMessage("A queue id is blank");
    }
}
