package com.deadlinecost.model.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupTableTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private static StatisticsQuery query(int days, Period period) {
        return new StatisticsQuery("farm-1", new ResourceSelection(ResourceKind.QUEUE, List.of("q-a", "q-b")),
            new TimeRange(START, START.plus(Duration.ofDays(days))), UtcOffset.UTC, period,
            List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));
    }

    private static CostRow row(String queue, int day, long count, double cost, double runtime) {
        Instant start = START.plus(Duration.ofDays(day));
        return new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue), Bucket.of(start, start.plus(Duration.ofDays(1))),
            count, EnumSet.of(Statistic.SUM), new StatisticValues(cost, cost, cost, cost),
            new StatisticValues(runtime, runtime, runtime, runtime));
    }

    @Test
    void oneLinePerGroupLargestCostFirstWithTotalsEqualToTheRows() {
        List<CostRow> rows = new ArrayList<>();
        Random random = new Random(14);
        for (int day = 0; day < 30; day++) {
            for (String queue : List.of("q-a", "q-b", "q-c")) {
                if (random.nextInt(4) > 0) {
                    rows.add(row(queue, day, 1 + random.nextInt(9), random.nextDouble() * 100, 3600));
                }
            }
        }

        GroupTable table = GroupTable.of(rows, query(30, Period.DAILY), Measure.COST_SUM);

        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines()).extracting(GroupTable.Line::cost).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        double rowsCost = rows.stream().mapToDouble(CostRow::costTotal).sum();
        long rowsSessions = rows.stream().mapToLong(CostRow::count).sum();
        assertThat(table.costTotal()).isCloseTo(rowsCost, within(1e-9));
        assertThat(table.lines().stream().mapToLong(GroupTable.Line::sessions).sum()).isEqualTo(rowsSessions);
        assertThat(table.lines().stream().mapToDouble(table::shareOf).sum()).isCloseTo(1.0, within(1e-12));
        for (GroupTable.Line line : table.lines()) {
            assertThat(java.util.Arrays.stream(line.byBucket()).sum()).isCloseTo(line.cost(), within(1e-9));
        }
    }

    @Test
    void everyBucketOfTheRangeHasAPlaceQuietOnesAsZero() {
        GroupTable table = GroupTable.of(List.of(row("q-a", 3, 2, 10, 60)), query(31, Period.DAILY),
            Measure.COST_SUM);

        assertThat(table.bucketStarts()).hasSize(31);
        assertThat(table.hasBucketColumns()).isTrue();
        assertThat(table.lines().get(0).byBucket()).hasSize(31);
        assertThat(table.lines().get(0).byBucket()[3]).isEqualTo(10);
        assertThat(table.lines().get(0).byBucket()[4]).isZero();
    }

    @Test
    void aLongRangeHasNoBucketColumnsAndAFoldedSparkline() {
        GroupTable table = GroupTable.of(List.of(row("q-a", 3, 2, 10, 60)), query(90, Period.DAILY),
            Measure.COST_SUM);

        assertThat(table.hasBucketColumns()).isFalse();
        double[] spark = table.lines().get(0).spark(GroupTable.SPARK_POINTS);
        assertThat(spark).hasSize(GroupTable.SPARK_POINTS);
        assertThat(java.util.Arrays.stream(spark).sum()).isEqualTo(10);
    }

    @Test
    void aLongRangeKeepsOnlyTheSparklinesPointsPerLine() {
        // Day 89 of 90 lands in the last of the sparkline's points.
        GroupTable table = GroupTable.of(List.of(row("q-a", 89, 2, 10, 60), row("q-a", 0, 2, 4, 60)),
            query(90, Period.DAILY), Measure.COST_SUM);

        double[] kept = table.lines().get(0).byBucket();
        assertThat(kept).hasSize(GroupTable.SPARK_POINTS);
        assertThat(kept[0]).isEqualTo(4);
        assertThat(kept[GroupTable.SPARK_POINTS - 1]).isEqualTo(10);
        assertThat(table.lines().get(0).spark(GroupTable.SPARK_POINTS)).containsExactly(kept);
    }
}
