package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {
    private static final TimeRange TWO_YEARS = new TimeRange(Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2025-12-31T00:00:00Z"));

    @Test
    void twoYearsHourlyByQueueRunsWithoutAskingButByQueueAndJobAsksFirst() {
        StatisticsQuery byQueue = query(Period.HOURLY, List.of(GroupField.QUEUE_ID));
        StatisticsQuery byQueueAndJob = query(Period.HOURLY, List.of(GroupField.QUEUE_ID, GroupField.JOB_ID));

        assertThat(QueryLimits.buckets(byQueue)).isEqualTo(730 * 24);
        assertThat(QueryLimits.asksFirst(byQueue)).isFalse();
        assertThat(QueryLimits.asksFirst(byQueueAndJob)).isTrue();
        assertThat(QueryLimits.question(byQueueAndJob)).contains("17,520 hourly buckets").contains("Run it anyway?");
    }

    @Test
    void theSameQueryMonthlyIsSmall() {
        assertThat(QueryLimits.asksFirst(query(Period.MONTHLY, List.of(GroupField.QUEUE_ID, GroupField.JOB_ID))))
            .isFalse();
    }

    private static StatisticsQuery query(Period period, List<GroupField> groupBy) {
        return new StatisticsQuery("farm-1", ResourceSelection.queues("q-1", "q-2", "q-3", "q-4", "q-5"), TWO_YEARS,
            UtcOffset.UTC, period, groupBy, EnumSet.of(Statistic.SUM));
    }
}
