package com.deadlinecost.service.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RangePresetTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:17:42Z"), ZoneOffset.UTC);
    private static final UtcOffset UTC = UtcOffset.UTC;

    private static TimeRange range(RangePreset preset, UtcOffset offset) {
        return preset.resolve(CLOCK, offset);
    }

    @Test
    void lastSevenDaysStartsAtMidnightSixDaysAgoAndRunsToTheNextMinute() {
        assertThat(range(RangePreset.LAST_7_DAYS, UTC)).isEqualTo(new TimeRange(
            Instant.parse("2026-03-12T00:00:00Z"), Instant.parse("2026-03-18T10:18:00Z")));
    }

    @Test
    void lastMonthIsTheWholePreviousCalendarMonth() {
        assertThat(range(RangePreset.LAST_MONTH, UTC)).isEqualTo(new TimeRange(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void thisMonthAndYearToDateStartOnTheFirst() {
        assertThat(range(RangePreset.THIS_MONTH, UTC).start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(range(RangePreset.YEAR_TO_DATE, UTC).start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(range(RangePreset.LAST_90_DAYS, UTC).start()).isEqualTo(Instant.parse("2025-12-19T00:00:00Z"));
    }

    @Test
    void daysStartAtMidnightOfTheQueryOffset() {
        UtcOffset india = UtcOffset.parse("UTC+05:30");

        assertThat(range(RangePreset.LAST_30_DAYS, india).start())
            .isEqualTo(Instant.parse("2026-02-16T18:30:00Z"));
    }
}
