package com.deadlinecost.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final UtcOffset INDIA = UtcOffset.parse("UTC+05:30");

    @Test
    void hourlyBucketsStartAtLocalHoursOfAHalfHourOffset() {
        assertThat(Period.HOURLY.floor(Instant.parse("2025-03-05T10:10:00Z"), INDIA))
            .isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void dailyBucketsStartAtLocalMidnight() {
        assertThat(Period.DAILY.floor(Instant.parse("2025-03-05T20:00:00Z"), INDIA))
            .isEqualTo(Instant.parse("2025-03-05T18:30:00Z"));
    }

    @Test
    void weeklyBucketsStartOnMonday() {
        assertThat(Period.WEEKLY.floor(Instant.parse("2025-03-09T12:00:00Z"), UtcOffset.UTC))
            .isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
    }

    @Test
    void monthlyBucketsFollowTheCalendar() {
        Instant february = Period.MONTHLY.floor(Instant.parse("2024-02-20T00:00:00Z"), UtcOffset.UTC);

        assertThat(Period.MONTHLY.next(february, UtcOffset.UTC)).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }
}
