package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a chunk covers in words a person reads, relative to the whole query: "queues 11-20, March 2025". Parts
 * equal to the whole query are left out; times are local to the query's offset.
 */
final class ChunkDescription {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ChunkDescription() {
    }

    static String of(QueryChunk chunk, StatisticsQuery whole) {
        List<String> parts = new ArrayList<>(2);
        if (chunk.resourceCount() < whole.resources().ids().size()) {
            parts.add(resources(chunk, whole.resourceKind()));
        }
        TimeRange range = chunk.query().range();
        if (!range.equals(whole.range())) {
            parts.add(time(range, whole));
        }
        return String.join(", ", parts);
    }

    private static String resources(QueryChunk chunk, ResourceKind kind) {
        String noun = kind == ResourceKind.QUEUE ? "queue" : "fleet";
        return chunk.resourceCount() == 1 ? noun + " " + chunk.firstResource()
            : noun + "s " + chunk.firstResource() + "-" + chunk.lastResource();
    }

    private static String time(TimeRange range, StatisticsQuery whole) {
        LocalDateTime start = LocalDateTime.ofInstant(range.start(), whole.offset().zoneOffset());
        LocalDateTime end = LocalDateTime.ofInstant(range.end(), whole.offset().zoneOffset());
        if (isMonthStart(start) && isMonthStart(end)) {
            LocalDateTime lastMonth = end.minusMonths(1);
            return lastMonth.equals(start) ? MONTH.format(start)
                : MONTH.format(start) + " to " + MONTH.format(lastMonth);
        }
        if (start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            LocalDateTime lastDay = end.minusDays(1);
            return lastDay.equals(start) ? DAY.format(start) : DAY.format(start) + " to " + DAY.format(lastDay);
        }
        return HOUR.format(start) + " to " + HOUR.format(end);
    }

    private static boolean isMonthStart(LocalDateTime time) {
        return time.getDayOfMonth() == 1 && time.toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
