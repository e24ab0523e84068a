package com.deadlinecost.app.report;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.export.report.ReportFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the report command's values the way people type them ({@code queue,user}, {@code sum,avg},
 * {@code 2025-05-01}, {@code stacked-bars}), failing with a message that names the accepted forms.
 */
public final class ReportArguments {

    private ReportArguments() {
    }

    /** Comma-separated items, trimmed, empty ones dropped. */
    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty())
            .collect(Collectors.toList());
    }

    /**
     * A time: a date ({@code 2025-05-01}, midnight in the offset; as an end, the midnight after it so the day
     * is included), a local date-time in the offset ({@code 2025-05-01T08:00}), or one with its own offset
     * ({@code 2025-05-01T08:00Z}).
     */
    static Instant time(String text, UtcOffset offset, boolean end, String option) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(offset.zoneOffset());
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(offset.zoneOffset());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date such as 2025-05-01 or a "
                + "date-time such as 2025-05-01T08:00 or 2025-05-01T08:00Z");
        }
    }

    static UtcOffset offset(String text) {
        return UtcOffset.parse(text.strip().toUpperCase(Locale.ROOT));
    }

    static Period period(String text) {
        return named(Period.class, text, "--period", "hourly, daily, weekly, monthly");
    }

    /** Group-by fields: {@code queue}, {@code fleet}, {@code job}, {@code user}, {@code usage-type}, ... */
    static List<GroupField> groupBy(String text) {
        List<GroupField> fields = new ArrayList<>();
        for (String item : list(text)) {
            String name = item.toUpperCase(Locale.ROOT).replace('-', '_');
            String withId = name.endsWith("_ID") || !Set.of("QUEUE", "FLEET", "JOB", "USER").contains(name)
                ? name : name + "_ID";
            fields.add(named(GroupField.class, withId, "--group-by",
                "queue, fleet, job, user, usage-type, instance-type, license-product"));
        }
        return fields;
    }

    static Set<Statistic> statistics(String text) {
        Set<Statistic> statistics = EnumSet.noneOf(Statistic.class);
        for (String item : list(text)) {
            String name = item.equalsIgnoreCase("average") ? "AVG" : item;
            statistics.add(named(Statistic.class, name, "--statistics", "sum, min, max, avg"));
        }
        return statistics;
    }

    public static Set<ReportFormat> formats(String text) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String item : list(text)) {
            formats.add(ReportFormat.parse(item));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("--format needs at least one of csv, json, png, svg, pdf");
        }
        return formats;
    }

    static ChartKind chart(String text) {
        String choices = "ranked-bars, stacked-bars, lines, share";
        ChartKind kind = named(ChartKind.class, text, "--chart", choices);
        if (!ChartKind.forResults().contains(kind)) {
            // The waterfall comes with --compare; it charts a comparison, not the rows.
            throw new IllegalArgumentException("--chart '" + text + "' is not known; choose from " + choices
                + " (--compare adds the waterfall)");
        }
        return kind;
    }

    static Measure measure(String text) {
        return named(Measure.class, text, "--measure", "cost-sum, runtime-sum, count, average-cost");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, String option, String choices) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not known; choose from " + choices);
        }
    }
}
