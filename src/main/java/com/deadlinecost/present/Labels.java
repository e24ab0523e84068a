package com.deadlinecost.present;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.row.DisplayNames;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Labels of series and time buckets, shared by the chart, its legend and tooltip, the series CSV and the
 * table: series by display name (with the id added when two groups share a name), buckets as fine as the
 * period needs and with the year when the labels of one axis span more than one year.
 */
public final class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US);
    private static final DateTimeFormatter HOUR_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

    private Labels() {
    }

    /** Series names; two groups sharing a name get their ids appended so that every label is told apart. */
    public static List<String> seriesLabels(List<Series> series, DisplayNames names, GroupField dimension) {
        Map<String, Integer> uses = new HashMap<>();
        List<String> plain = new ArrayList<>(series.size());
        for (Series one : series) {
            String name = one.name(names, dimension);
            plain.add(name);
            uses.merge(name, 1, Integer::sum);
        }
        List<String> labels = new ArrayList<>(plain.size());
        for (int index = 0; index < plain.size(); index++) {
            Series one = series.get(index);
            String name = plain.get(index);
            boolean ambiguous = uses.get(name) > 1 && one.groupValue().isPresent();
            labels.add(ambiguous ? name + " (" + one.groupValue().get() + ")" : name);
        }
        return labels;
    }

    /** A bucket start on a time axis, as fine as the period needs, e.g. "Mar 3", "Mar 3 14:00", "Mar 2025". */
    public static String bucket(Instant start, Period period, UtcOffset offset, boolean withYear) {
        OffsetDateTime local = start.atOffset(zone(offset));
        switch (period == null ? Period.DAILY : period) {
            case HOURLY:
                return (withYear ? HOUR_YEAR : HOUR).format(local);
            case MONTHLY:
                return MONTH.format(local);
            case DAILY:
            case WEEKLY:
            default:
                return (withYear ? DAY_YEAR : DAY).format(local);
        }
    }

    /** A whole bucket for a tooltip, e.g. "Mar 3, 2025 14:00-15:00", "Mar 3, 2025", "week of Mar 3, 2025". */
    public static String bucketSpan(Instant start, Instant end, Period period, UtcOffset offset) {
        OffsetDateTime local = start.atOffset(zone(offset));
        switch (period == null ? Period.DAILY : period) {
            case HOURLY:
                return HOUR_YEAR.format(local) + "\u2013" + CLOCK.format(end.atOffset(zone(offset)));
            case WEEKLY:
                return "Week of " + DAY_YEAR.format(local);
            case MONTHLY:
                return MONTH.format(local);
            case DAILY:
            default:
                return DAY_YEAR.format(local);
        }
    }

    /** Whether the local years of {@code first} and {@code last} differ, so axis labels must carry the year. */
    public static boolean spansYears(Instant first, Instant last, UtcOffset offset) {
        return first.atOffset(zone(offset)).getYear() != last.atOffset(zone(offset)).getYear();
    }

    private static java.time.ZoneOffset zone(UtcOffset offset) {
        return (offset == null ? UtcOffset.UTC : offset).zoneOffset();
    }
}
