package com.deadlinecost.model.rollup;

import static com.deadlinecost.model.row.RowFixtures.queueDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.SessionContributions.Contribution;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.model.row.RowFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopSeriesFoldTest {

    private static final List<CostRow> ROWS = List.of(
        queueDay("small", 0, 1, 1), queueDay("big", 0, 2, 50), queueDay("mid", 1, 1, 30),
        queueDay("tiny", 1, 4, 0.5), queueDay("big", 1, 1, 20));

    private static SeriesSet fold(Measure measure, int topN, TimeBucketing timing) {
        return new TopSeriesFold(GroupField.QUEUE_ID, measure, topN, timing).fold(ROWS);
    }

    private static Series labelled(SeriesSet set, String label) {
        return set.series().stream().filter(series -> series.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void seriesAreRankedByTheirTotalDescending() {
        SeriesSet set = fold(Measure.COST_SUM, 10, TimeBucketing.keepBuckets());

        assertThat(set.series()).extracting(Series::label).containsExactly("big", "mid", "tiny", "small");
        assertThat(set.series()).extracting(Series::total).containsExactly(120.0, 30.0, 2.0, 1.0);
    }

    @Test
    void groupsBeyondTopNFoldIntoOtherLast() {
        SeriesSet set = fold(Measure.COST_SUM, 2, TimeBucketing.keepBuckets());

        assertThat(set.series()).extracting(Series::label).containsExactly("big", "mid", DisplayNames.OTHER_LABEL);
        Series other = set.series().get(2);
        assertThat(other.isOther()).isTrue();
        assertThat(other.values()).containsExactly(1.0, 2.0);
        assertThat(other.total()).isEqualTo(3.0);
    }

    @Test
    void noOtherSeriesWhenAllGroupsFit() {
        assertThat(fold(Measure.COUNT, 4, TimeBucketing.keepBuckets()).series()).noneMatch(Series::isOther);
    }

    @Test
    void otherAverageCostIsItsTotalCostOverItsTotalCount() {
        SeriesSet set = fold(Measure.AVERAGE_COST, 1, TimeBucketing.wholeRange());

        Series other = set.series().get(1);
        assertThat(other.total()).isCloseTo((1 + 30 + 2) / 6.0, within(1e-12));
    }

    @Test
    void bucketsAreInTimeOrderWithOneValuePerSeries() {
        SeriesSet set = fold(Measure.COUNT, 10, TimeBucketing.keepBuckets());

        assertThat(set.buckets()).containsExactly(RowFixtures.day(0), RowFixtures.day(1));
        assertThat(labelled(set, "big").values()).containsExactly(2.0, 1.0);
    }

    @Test
    void groupWithoutRowsInABucketMeasuresZeroForSumsAndNaNForAverage() {
        Series small = labelled(fold(Measure.COST_SUM, 10, TimeBucketing.keepBuckets()), "small");
        Series smallAverage = labelled(fold(Measure.AVERAGE_COST, 10, TimeBucketing.keepBuckets()), "small");

        assertThat(small.value(1)).isZero();
        assertThat(smallAverage.value(1)).isNaN();
    }

    @Test
    void wholeRangeGivesOneBucketForRankedBars() {
        SeriesSet set = fold(Measure.RUNTIME_SUM, 10, TimeBucketing.wholeRange());

        assertThat(set.buckets()).hasSize(1);
        assertThat(set.series().get(0).values()).containsExactly(set.series().get(0).total());
    }

    @Test
    void absentDimensionValueIsLabelledNone() {
        List<CostRow> rows = List.of(RowFixtures.uniform(GroupKey.of(GroupField.INSTANCE_TYPE, null),
            RowFixtures.day(0), 1, 1, 1));

        SeriesSet set = new TopSeriesFold(GroupField.INSTANCE_TYPE, Measure.COUNT, 3, TimeBucketing.keepBuckets())
            .fold(rows);

        assertThat(set.series()).extracting(Series::label).containsExactly(DisplayNames.NONE_LABEL);
    }

    @Test
    void topNBelowOneIsRejected() {
        assertThatThrownBy(() -> new TopSeriesFold(GroupField.QUEUE_ID, Measure.COUNT, 0, TimeBucketing.wholeRange()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seriesAddUpToTheSessionTotalsPerDay() {
        for (int trial = 0; trial < 50; trial++) {
            Random random = new Random(5_000L + trial);
            List<Contribution> sessions = SessionContributions.random(random, 1 + random.nextInt(300), 10);
            List<CostRow> rows = SessionContributions.hourlyRowsByQueueAndUser(sessions, UtcOffset.UTC,
                RowFixtures.ALL, new GroupKeyPool(), new BucketPool());

            SeriesSet set = new TopSeriesFold(GroupField.USER_ID, Measure.COST_SUM, 1 + random.nextInt(3),
                TimeBucketing.of(Period.DAILY, UtcOffset.UTC)).fold(rows);

            Map<Instant, SessionContributions.Stats> perDay = SessionContributions.statsBy(sessions,
                c -> Period.DAILY.floor(c.at(), UtcOffset.UTC));
            List<Double> expected = new ArrayList<>();
            List<Double> actual = new ArrayList<>();
            for (int bucket = 0; bucket < set.buckets().size(); bucket++) {
                Instant day = Period.DAILY.floor(set.buckets().get(bucket).start(), UtcOffset.UTC);
                expected.add(perDay.get(day).costSum());
                double sum = 0;
                for (Series series : set.series()) {
                    sum += series.value(bucket);
                }
                actual.add(sum);
            }
            assertThat(set.buckets()).hasSize(perDay.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).isCloseTo(expected.get(i), within(1e-9 * Math.max(1, expected.get(i))));
            }
        }
    }
}
