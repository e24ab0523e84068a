package com.deadlinecost.service.views;

import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The time ranges people ask for most, by the names saved views and the report command use. Days start at
 * midnight in the query's UTC offset, and ranges that run "until now" end at the start of the next minute,
 * so a range always includes the latest data.
 */
public enum RangePreset {
    LAST_7_DAYS("Last 7 days"),
    LAST_30_DAYS("Last 30 days"),
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    LAST_90_DAYS("Last 90 days"),
    YEAR_TO_DATE("Year to date"),
    CUSTOM("Custom range");

    private final String label;

    RangePreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The range this preset means now, in the given offset; not defined for {@link #CUSTOM}. */
    public TimeRange resolve(Clock clock, UtcOffset offset) {
        OffsetDateTime now = clock.instant().atOffset(offset.zoneOffset());
        LocalDate today = now.toLocalDate();
        Instant untilNow = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1).toInstant();
        switch (this) {
            case LAST_7_DAYS:
                return new TimeRange(midnight(today.minusDays(6), offset), untilNow);
            case LAST_30_DAYS:
                return new TimeRange(midnight(today.minusDays(29), offset), untilNow);
            case THIS_MONTH:
                return new TimeRange(midnight(today.withDayOfMonth(1), offset), untilNow);
            case LAST_MONTH:
                LocalDate firstOfThisMonth = today.withDayOfMonth(1);
                return new TimeRange(midnight(firstOfThisMonth.minusMonths(1), offset),
                    midnight(firstOfThisMonth, offset));
            case LAST_90_DAYS:
                return new TimeRange(midnight(today.minusDays(89), offset), untilNow);
            case YEAR_TO_DATE:
                return new TimeRange(midnight(today.with(TemporalAdjusters.firstDayOfYear()), offset), untilNow);
            default:
                throw new IllegalStateException("A custom range has no preset bounds");
        }
    }

    private static Instant midnight(LocalDate day, UtcOffset offset) {
        return day.atStartOfDay().toInstant(offset.zoneOffset());
    }
}
