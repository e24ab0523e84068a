package com.deadlinecost.present.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.row.Bucket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void hoursFoldIntoDaysWhenThePlotHasFewerColumnsThanBucketsAndSaySo() {
        TimeRange month = ChartFixtures.range(Period.HOURLY, 30 * 24);
        ChartData data = ChartData.of(ChartFixtures.rows(Period.HOURLY, 30 * 24, 3, hour -> true),
            ChartFixtures.request(ChartKind.STACKED_BARS, Period.HOURLY, month), 300);

        assertThat(data.period()).isEqualTo(Period.DAILY);
        assertThat(data.series().buckets()).hasSize(30);
        assertThat(data.foldNote()).isEqualTo("Shown per day: drag across the axis to see hours");
        // Each day holds 24 hours of queue-0 at $1 an hour: the fold adds, it does not sample.
        assertThat(data.series().series().get(2).values()).containsOnly(24.0);
    }

    @Test
    void everyBucketOfTheRangeIsOnTheAxisAndQuietOnesAreZero() {
        TimeRange tenDays = ChartFixtures.range(Period.DAILY, 10);
        ChartData data = ChartData.of(ChartFixtures.rows(Period.DAILY, 10, 1, day -> day == 0 || day == 6),
            ChartFixtures.request(ChartKind.LINES, Period.DAILY, tenDays), 1000);

        assertThat(data.series().buckets()).hasSize(10);
        assertThat(data.series().buckets()).extracting(bucket -> Duration.between(bucket.start(), bucket.end()))
            .containsOnly(Duration.ofDays(1));
        assertThat(data.series().series().get(0).values()).containsExactly(1, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        assertThat(data.foldNote()).isEmpty();
    }

    @Test
    void twoYearsOfHoursFoldToWeeksOnANarrowPlotAndAZoomShowsHoursAgain() {
        int hours = 2 * 365 * 24;
        TimeRange twoYears = ChartFixtures.range(Period.HOURLY, hours);
        var rows = ChartFixtures.rows(Period.HOURLY, hours, 10, hour -> hour % 5 == 0);
        ChartData whole = ChartData.of(rows, ChartFixtures.request(ChartKind.STACKED_BARS, Period.HOURLY,
            twoYears), ChartData.maxBucketsFor(700));

        assertThat(whole.period()).isEqualTo(Period.WEEKLY);
        assertThat(whole.series().buckets().size()).isLessThanOrEqualTo(ChartData.maxBucketsFor(700));

        Bucket day = whole.series().buckets().get(3);
        ChartData zoomed = ChartData.of(rows, ChartFixtures.request(ChartKind.STACKED_BARS, Period.HOURLY,
            new TimeRange(day.start(), day.start().plus(Duration.ofDays(2)))), ChartData.maxBucketsFor(700));
        assertThat(zoomed.period()).isEqualTo(Period.HOURLY);
        assertThat(zoomed.series().buckets()).hasSize(48);
        assertThat(zoomed.foldNote()).isEmpty();
    }
}
