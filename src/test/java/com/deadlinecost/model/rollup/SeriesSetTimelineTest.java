package com.deadlinecost.model.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesSetTimelineTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

    private static SeriesSet twoDaysOfFour(Measure measure) {
        List<Bucket> buckets = List.of(Bucket.of(MONDAY, MONDAY.plusSeconds(86_400)),
            Bucket.of(MONDAY.plusSeconds(3 * 86_400), MONDAY.plusSeconds(4 * 86_400)));
        return new SeriesSet(GroupField.QUEUE_ID, measure, buckets,
            List.of(new Series("queue-a", false, 5, new double[] {2, 3})));
    }

    @Test
    void quietDaysAppearAsZeroOnATimeAxis() {
        SeriesSet filled = twoDaysOfFour(Measure.COST_SUM).overTimeline(
            new TimeRange(MONDAY, MONDAY.plusSeconds(4 * 86_400)), Period.DAILY, UtcOffset.UTC);

        assertThat(filled.buckets()).extracting(Bucket::start).containsExactly(MONDAY, MONDAY.plusSeconds(86_400),
            MONDAY.plusSeconds(2 * 86_400), MONDAY.plusSeconds(3 * 86_400));
        assertThat(filled.series().get(0).values()).containsExactly(2, 0, 0, 3);
        assertThat(filled.series().get(0).total()).isEqualTo(5);
    }

    @Test
    void quietDaysHaveNoAverage() {
        SeriesSet filled = twoDaysOfFour(Measure.AVERAGE_COST).overTimeline(
            new TimeRange(MONDAY, MONDAY.plusSeconds(4 * 86_400)), Period.DAILY, UtcOffset.UTC);

        assertThat(filled.series().get(0).value(1)).isNaN();
    }

    @Test
    void bucketsAreClippedToTheRangeLikeTheService() {
        Instant noon = MONDAY.plusSeconds(12 * 3600);
        SeriesSet filled = twoDaysOfFour(Measure.COUNT).overTimeline(
            new TimeRange(noon, MONDAY.plusSeconds(4 * 86_400)), Period.DAILY, UtcOffset.UTC);

        assertThat(filled.buckets().get(0).start()).isEqualTo(MONDAY);
        assertThat(filled.buckets()).extracting(Bucket::start).contains(MONDAY.plusSeconds(86_400));
    }
}
