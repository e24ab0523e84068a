package com.deadlinecost.model.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of the time buckets the service aggregates into. Bucket boundaries are local to the
 * query's fixed UTC offset: with UTC+05:30 an hourly bucket starts at hh:30 UTC.
 * Weeks are taken to start on Monday (ISO-8601); the API reference does not say.
 */
public enum Period {
    HOURLY("Hourly", "hour"),
    DAILY("Daily", "day"),
    WEEKLY("Weekly", "week"),
    MONTHLY("Monthly", "month");

    private final String label;
    private final String unit;

    Period(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** One bucket of this period as a noun: "hour", "day", "week", "month". */
    public String unit() {
        return unit;
    }

    /** The word shown in the period chooser. */
    public String label() {
        return label;
    }

    /** The start of the bucket of this period that contains {@code instant}, at the given offset. */
    public Instant floor(Instant instant, UtcOffset offset) {
        OffsetDateTime local = instant.atOffset(offset.zoneOffset());
        OffsetDateTime start;
        switch (this) {
            case HOURLY:
                start = local.truncatedTo(ChronoUnit.HOURS);
                break;
            case DAILY:
                start = local.truncatedTo(ChronoUnit.DAYS);
                break;
            case WEEKLY:
                start = local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                break;
            case MONTHLY:
                start = local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
                break;
            default:
                throw new IllegalStateException("Unknown period " + this);
        }
        return start.toInstant();
    }

    /** The start of the bucket after the one starting at {@code bucketStart}, at the given offset. */
    public Instant next(Instant bucketStart, UtcOffset offset) {
        ZoneOffset zone = offset.zoneOffset();
        OffsetDateTime local = bucketStart.atOffset(zone);
        switch (this) {
            case HOURLY:
                return local.plusHours(1).toInstant();
            case DAILY:
                return local.plusDays(1).toInstant();
            case WEEKLY:
                return local.plusWeeks(1).toInstant();
            case MONTHLY:
                return local.plusMonths(1).toInstant();
            default:
                throw new IllegalStateException("Unknown period " + this);
        }
    }
}
