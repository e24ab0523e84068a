package com.deadlinecost.ui.query;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.Optional;

/** The query panel's checks as pure functions: each returns the message to show, or empty when fine. */
public final class QueryChecks {
    /**
     * Above this many time buckets the service tends to end the aggregation with TIMEOUT (for example hourly
     * over more than two months); a warning, not a rule, since the service publishes no limit.
     */
    static final long LIKELY_TIMEOUT_BUCKETS = 1_500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private QueryChecks() {
    }

    static Optional<String> range(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return Optional.of("Choose a start and an end.");
        }
        if (!start.isBefore(end)) {
            return Optional.of(start.isEqual(end) ? "The range is empty: start and end are the same."
                : "The range is reversed: the start is after the end.");
        }
        return Optional.empty();
    }

    static Optional<String> likelyTimeout(TimeRange range, Period period) {
        long buckets = range.duration().toMinutes() / approximateLength(period).toMinutes();
        if (buckets > LIKELY_TIMEOUT_BUCKETS) {
            return Optional.of(String.format(Locale.ROOT, "About %,d %s buckets: the service may time out."
                + " A longer period or a shorter range is safer.", buckets, period.label().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** A note when the local time zone changes its offset inside the range, since the query's offset is fixed. */
    static Optional<String> daylightSavingNote(TimeRange range, ZoneId localZone) {
        ZoneOffsetTransition transition = localZone.getRules().nextTransition(range.start().minusNanos(1));
        if (transition == null || !transition.getInstant().isBefore(range.end())) {
            return Optional.empty();
        }
        Instant when = transition.getInstant();
        return Optional.of("The range crosses a daylight-saving change in " + localZone.getId() + " on "
            + DAY.format(when.atZone(localZone)) + " (" + transition.getOffsetBefore() + " to "
            + transition.getOffsetAfter() + "); buckets keep one fixed UTC offset throughout.");
    }

    private static Duration approximateLength(Period period) {
        switch (period) {
            case HOURLY:
                return Duration.ofHours(1);
            case DAILY:
                return Duration.ofDays(1);
            case WEEKLY:
                return Duration.ofDays(7);
            default:
                return Duration.ofDays(30);
        }
    }
}
