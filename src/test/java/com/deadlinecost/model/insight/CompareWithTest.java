package com.deadlinecost.model.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompareWithTest {
    private static final UtcOffset LOS_ANGELES = UtcOffset.parse("UTC-08:00");
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-03-01T08:00:00Z"),
        Instant.parse("2026-04-01T08:00:00Z"));

    @Test
    void thePreviousPeriodHasTheSameLengthAndEndsWhereTheRangeStarts() {
        TimeRange earlier = CompareWith.PREVIOUS_PERIOD.earlier(MARCH, LOS_ANGELES);

        assertThat(earlier.end()).isEqualTo(MARCH.start());
        assertThat(earlier.duration()).isEqualTo(MARCH.duration());
    }

    @Test
    void lastMonthAndLastYearShiftTheCalendarInTheQueryOffset() {
        assertThat(CompareWith.LAST_MONTH.earlier(MARCH, LOS_ANGELES)).isEqualTo(new TimeRange(
            Instant.parse("2026-02-01T08:00:00Z"), Instant.parse("2026-03-01T08:00:00Z")));
        assertThat(CompareWith.LAST_YEAR.earlier(MARCH, LOS_ANGELES)).isEqualTo(new TimeRange(
            Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-04-01T08:00:00Z")));
    }

    @Test
    void bucketsAlignDayNWithDayN() {
        TimeRange earlier = CompareWith.LAST_MONTH.earlier(MARCH, LOS_ANGELES);
        BucketAlignment alignment = BucketAlignment.of(MARCH, earlier, Period.DAILY, LOS_ANGELES);

        assertThat(alignment.currentStarts()).hasSize(31);
        assertThat(alignment.earlierStarts()).hasSize(28);
        assertThat(alignment.earlierFor(Instant.parse("2026-03-10T08:00:00Z")))
            .contains(Instant.parse("2026-02-10T08:00:00Z"));
        assertThat(alignment.currentFor(Instant.parse("2026-02-28T08:00:00Z")))
            .contains(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(alignment.earlierFor(Instant.parse("2026-03-30T08:00:00Z"))).as("February has no day 30").isEmpty();
    }

    @Test
    void theReportWordsParseAndOthersAreRefusedWithTheChoices() {
        assertThat(CompareWith.parse(" Last-Year ")).isEqualTo(CompareWith.LAST_YEAR);
        assertThatThrownBy(() -> CompareWith.parse("yesterday")).hasMessageContaining("previous, last-month");
    }
}
