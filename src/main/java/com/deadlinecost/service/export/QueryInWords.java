package com.deadlinecost.service.export;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The query of an export in words, for chart headers and report files: the farm, the queues or fleets by
 * name, the range with its UTC offset, the period and the grouping.
 */
public final class QueryInWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int NAMES_SHOWN = 4;

    private final ExportContext context;

    public QueryInWords(ExportContext context) {
        this.context = context;
    }

    /** E.g. "Farm Harbor Lights Feature". */
    public String farm() {
        return "Farm " + context.farmName();
    }

    /** E.g. "3 queues: Lighting, Compositing, Dailies" or "12 queues: A, B, C, D and 8 more". */
    public String resources() {
        StatisticsQuery query = context.query();
        GroupField idField = query.resourceKind().idField();
        List<String> names = query.resources().ids().stream()
            .map(id -> context.names().name(idField, id)).collect(Collectors.toList());
        String noun = idField.label().toLowerCase(Locale.ROOT) + (names.size() == 1 ? "" : "s");
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        String more = names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "";
        return names.size() + " " + noun + ": " + shown + more;
    }

    /** E.g. "2025-05-01 to 2025-06-01 (UTC-08:00)": local times in the query's offset, end exclusive. */
    public String range() {
        StatisticsQuery query = context.query();
        return localTime(query.range().start()) + " to " + localTime(query.range().end()) + " ("
            + query.offset().toApiString() + ")";
    }

    /** E.g. "Daily, by Queue and User". */
    public String periodAndGrouping() {
        String fields = context.query().groupBy().stream().map(GroupField::label)
            .collect(Collectors.joining(" and "));
        return context.query().period().label() + ", by " + fields;
    }

    /** E.g. "Exported 2025-06-02 09:15 (UTC-08:00)", in the query's offset. */
    public String exportTime() {
        OffsetDateTime at = context.exportedAt().atOffset(context.query().offset().zoneOffset());
        return "Exported " + MINUTE.format(at) + " (" + context.query().offset().toApiString() + ")";
    }

    /** The whole query as one line. */
    public String oneLine() {
        return farm() + " \u00b7 " + resources() + " \u00b7 " + range() + " \u00b7 " + periodAndGrouping();
    }

    private String localTime(Instant instant) {
        OffsetDateTime local = instant.atOffset(context.query().offset().zoneOffset());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(local) : MINUTE.format(local);
    }
}
