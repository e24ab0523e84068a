package com.deadlinecost.emulator.aggregation;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The bucket sizes of an aggregation; buckets start at local boundaries of the request's fixed offset. */
public enum Period {
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY;

    /** The start of the bucket that contains {@code local}. */
    LocalDateTime floor(LocalDateTime local) {
        switch (this) {
            case HOURLY:
                return local.truncatedTo(ChronoUnit.HOURS);
            case DAILY:
                return local.truncatedTo(ChronoUnit.DAYS);
            case WEEKLY:
                return local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY:
                return local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            default:
                throw new IllegalStateException("Unknown period " + this);
        }
    }

    /** The start of the bucket after the one starting at {@code bucketStart}. */
    LocalDateTime next(LocalDateTime bucketStart) {
        switch (this) {
            case HOURLY:
                return bucketStart.plusHours(1);
            case DAILY:
                return bucketStart.plusDays(1);
            case WEEKLY:
                return bucketStart.plusWeeks(1);
            case MONTHLY:
                return bucketStart.plusMonths(1);
            default:
                throw new IllegalStateException("Unknown period " + this);
        }
    }
}
