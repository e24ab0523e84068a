package com.deadlinecost.model.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CostRowTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Bucket DAY = Bucket.of(START, START.plusSeconds(86_400));
    private static final GroupKey QUEUE = GroupKey.of(GroupField.QUEUE_ID, "queue-1");

    @Test
    void absentStatisticIsNaNAndEmptyNeverZero() {
        CostRow row = new CostRow(QUEUE, DAY, 4, EnumSet.of(Statistic.SUM), new StatisticValues(0, 0, 0, 12),
            new StatisticValues(0, 0, 0, 3600));

        assertThat(row.has(Statistic.MIN)).isFalse();
        assertThat(row.cost(Statistic.MIN)).isNaN();
        assertThat(row.runtimeIfPresent(Statistic.AVG)).isEmpty();
        assertThat(row.costIfPresent(Statistic.SUM)).hasValue(12);
    }

    @Test
    void totalIsDerivedFromAverageTimesCountWhenOnlyAverageIsPresent() {
        CostRow row = new CostRow(QUEUE, DAY, 4, EnumSet.of(Statistic.AVG),
            new StatisticValues(Double.NaN, Double.NaN, 2.5, Double.NaN),
            new StatisticValues(Double.NaN, Double.NaN, 900, Double.NaN));

        assertThat(row.costTotal()).isEqualTo(10);
        assertThat(row.runtimeTotal()).isEqualTo(3600);
    }

    @Test
    void totalIsNaNWithNeitherSumNorAverage() {
        CostRow row = new CostRow(QUEUE, DAY, 4, EnumSet.of(Statistic.MIN, Statistic.MAX),
            new StatisticValues(1, 2, Double.NaN, Double.NaN), new StatisticValues(1, 2, Double.NaN, Double.NaN));

        assertThat(row.costTotal()).isNaN();
    }

    @Test
    void bucketAndGroupValuesAreReadable() {
        CostRow row = new CostRow(QUEUE, DAY, 1, EnumSet.of(Statistic.SUM), new StatisticValues(1, 1, 1, 1),
            new StatisticValues(1, 1, 1, 1));

        assertThat(row.bucketStart()).isEqualTo(START);
        assertThat(row.bucketEnd()).isEqualTo(START.plusSeconds(86_400));
        assertThat(row.value(GroupField.QUEUE_ID)).contains("queue-1");
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> new CostRow(QUEUE, DAY, -1, EnumSet.of(Statistic.SUM), StatisticValues.ABSENT,
            StatisticValues.ABSENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statisticsCannotBeModifiedThroughTheRow() {
        CostRow row = new CostRow(QUEUE, DAY, 1, EnumSet.of(Statistic.SUM), StatisticValues.ABSENT,
            StatisticValues.ABSENT);

        assertThatThrownBy(() -> row.statistics().add(Statistic.MIN))
            .isInstanceOf(UnsupportedOperationException.class);
    }
}
