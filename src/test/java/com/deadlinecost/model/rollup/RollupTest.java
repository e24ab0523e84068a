package com.deadlinecost.model.rollup;

import static com.deadlinecost.model.row.RowFixtures.day;
import static com.deadlinecost.model.row.RowFixtures.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.model.row.RowFixtures;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static final GroupKey Q1_ANA = GroupKey.of(GroupField.QUEUE_ID, "q1", GroupField.USER_ID, "ana");
    private static final GroupKey Q1_BEN = GroupKey.of(GroupField.QUEUE_ID, "q1", GroupField.USER_ID, "ben");
    private static final GroupKey Q2_ANA = GroupKey.of(GroupField.QUEUE_ID, "q2", GroupField.USER_ID, "ana");

    @Test
    void averageIsWeightedByCountNotAnAverageOfAverages() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(0), 1, 10, 60), uniform(Q1_BEN, day(0), 3, 2, 60));

        CostRow queue = Rollup.keeping(GroupField.QUEUE_ID).apply(rows).get(0);

        assertThat(queue.cost(Statistic.AVG)).isEqualTo(4.0);
        assertThat(queue.cost(Statistic.SUM)).isEqualTo(16.0);
        assertThat(queue.count()).isEqualTo(4);
    }

    @Test
    void averageOnlyRowsAreWeightedByCount() {
        StatisticValues noCost = StatisticValues.ABSENT;
        List<CostRow> rows = List.of(
            new CostRow(Q1_ANA, day(0), 1, EnumSet.of(Statistic.AVG), new StatisticValues(0, 0, 10, 0), noCost),
            new CostRow(Q1_BEN, day(0), 3, EnumSet.of(Statistic.AVG), new StatisticValues(0, 0, 2, 0), noCost));

        CostRow queue = Rollup.keeping(GroupField.QUEUE_ID).apply(rows).get(0);

        assertThat(queue.cost(Statistic.AVG)).isEqualTo(4.0);
        assertThat(queue.statistics()).containsExactly(Statistic.AVG);
    }

    @Test
    void statisticAbsentFromAnyCombinedRowStaysAbsent() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(0), 1, 10, 60),
            new CostRow(Q1_BEN, day(0), 3, EnumSet.of(Statistic.SUM, Statistic.MAX),
                new StatisticValues(0, 5, 0, 6), new StatisticValues(0, 60, 0, 180)));

        CostRow queue = Rollup.keeping(GroupField.QUEUE_ID).apply(rows).get(0);

        assertThat(queue.statistics()).containsExactly(Statistic.SUM, Statistic.MAX);
        assertThat(queue.cost(Statistic.MIN)).isNaN();
        assertThat(queue.cost(Statistic.MAX)).isEqualTo(10);
        assertThat(queue.cost(Statistic.SUM)).isEqualTo(16);
    }

    @Test
    void resultIsOrderedByGroupThenTime() {
        List<CostRow> rows = List.of(uniform(Q2_ANA, day(1), 1, 1, 60), uniform(Q1_ANA, day(1), 1, 1, 60),
            uniform(Q2_ANA, day(0), 1, 1, 60), uniform(Q1_BEN, day(0), 1, 1, 60));

        List<CostRow> perQueue = Rollup.keeping(GroupField.QUEUE_ID).apply(rows);

        assertThat(perQueue).extracting(row -> row.value(GroupField.QUEUE_ID).orElseThrow() + "@" + row.bucketStart())
            .containsExactly("q1@" + day(0).start(), "q1@" + day(1).start(), "q2@" + day(0).start(),
                "q2@" + day(1).start());
    }

    @Test
    void dailyBucketsFoldIntoOneWeeklyBucketSpanningTheirRows() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(1), 1, 1, 60), uniform(Q1_ANA, day(3), 2, 1, 60));

        List<CostRow> weekly = Rollup.keepingAllFields().over(TimeBucketing.of(Period.WEEKLY, UtcOffset.UTC))
            .apply(rows);

        assertThat(weekly).hasSize(1);
        assertThat(weekly.get(0).bucketStart()).isEqualTo(day(1).start());
        assertThat(weekly.get(0).bucketEnd()).isEqualTo(day(3).end());
        assertThat(weekly.get(0).count()).isEqualTo(3);
    }

    @Test
    void foldingIntoAFinerPeriodFailsInsteadOfSplittingNumbers() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(0), 1, 1, 60));

        assertThatThrownBy(() -> Rollup.keepingAllFields().over(TimeBucketing.of(Period.HOURLY, UtcOffset.UTC))
            .apply(rows)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("choose a longer period");
    }

    @Test
    void grandTotalCountsASessionOncePerBucketItContributedTo() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(0), 1, 5, 60), uniform(Q1_ANA, day(1), 1, 5, 60));

        assertThat(Rollup.grandTotal().apply(rows).get(0).count()).isEqualTo(2);
    }

    @Test
    void totalsPerBucketKeepOneRowPerBucketWithTheEmptyKey() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(0), 1, 5, 60), uniform(Q2_ANA, day(0), 1, 5, 60),
            uniform(Q2_ANA, day(1), 1, 5, 60));

        List<CostRow> totals = Rollup.totalsPerBucket().apply(rows);

        assertThat(totals).extracting(CostRow::group).containsOnly(GroupKey.NONE);
        assertThat(totals).extracting(CostRow::count).containsExactly(2L, 1L);
    }

    @Test
    void noRowsGiveNoRows() {
        assertThat(Rollup.grandTotal().apply(List.of())).isEmpty();
    }

    @Test
    void projectedKeysAreSharedAcrossResultRows() {
        List<CostRow> rows = List.of(uniform(Q1_ANA, day(0), 1, 1, 60), uniform(Q1_BEN, day(1), 1, 1, 60));

        List<CostRow> perQueue = Rollup.keeping(GroupField.QUEUE_ID).apply(rows);

        assertThat(perQueue.get(0).group()).isSameAs(perQueue.get(1).group());
    }

    @Test
    void twoHundredThousandRowsRegroupCompletely() {
        GroupKeyPool keys = new GroupKeyPool();
        BucketPool buckets = new BucketPool();
        CostRow[] rows = new CostRow[200_000];
        for (int i = 0; i < rows.length; i++) {
            Instant start = RowFixtures.MONDAY.plusSeconds(3600L * (i % 720));
            rows[i] = uniform(keys.key(GroupField.QUEUE_ID, "q" + i / 720 % 30, GroupField.USER_ID, "u" + i % 40),
                buckets.bucket(start, start.plusSeconds(3600)), 1, 1, 1);
        }

        List<CostRow> daily = Rollup.keeping(GroupField.QUEUE_ID)
            .over(TimeBucketing.of(Period.DAILY, UtcOffset.UTC)).apply(List.of(rows));

        assertThat(daily).hasSize(30 * 30);
        assertThat(daily.stream().mapToLong(CostRow::count).sum()).isEqualTo(200_000);
    }
}
