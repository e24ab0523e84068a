package com.deadlinecost.service.export;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The table's rows as CSV for spreadsheets: one line per row with, for each grouped field, the name and
 * (for queues, fleets, jobs and users) the id; the bucket's start and end as ISO-8601 times in the query's
 * offset; the session count; and the cost and runtime statistics the query asked for as plain numbers
 * (USD and seconds). A statistic the service did not return is an empty cell, never 0.
 */
public final class RowsCsv {
    private static final Set<GroupField> FIELDS_WITH_IDS =
        Set.of(GroupField.QUEUE_ID, GroupField.FLEET_ID, GroupField.JOB_ID, GroupField.USER_ID);

    private RowsCsv() {
    }

    /**
     * Writes {@code rows} (all rows of the result or the filtered ones) to {@code file}, atomically.
     *
     * @param byteOrderMark whether to start with a UTF-8 BOM, which Excel needs to read names correctly
     */
    public static void write(Path file, ExportContext context, List<? extends CostRow> rows, boolean byteOrderMark)
            throws ExportException {
        StatisticsQuery query = context.query();
        List<Object[]> cells = new ArrayList<>(rows.size());
        for (CostRow row : rows) {
            cells.add(cells(row, context));
        }
        CsvTable.write(file, header(query), cells, byteOrderMark);
    }

    /** The column titles for a query's rows. */
    public static List<String> header(StatisticsQuery query) {
        List<String> header = new ArrayList<>();
        for (GroupField field : query.groupBy()) {
            header.add(field.label());
            if (FIELDS_WITH_IDS.contains(field)) {
                header.add(field.label() + " ID");
            }
        }
        header.add("Start");
        header.add("End");
        header.add("Sessions");
        for (Statistic statistic : query.statistics()) {
            header.add("Cost " + statistic.label().toLowerCase(Locale.ROOT) + " (USD)");
        }
        for (Statistic statistic : query.statistics()) {
            header.add("Runtime " + statistic.label().toLowerCase(Locale.ROOT) + " (s)");
        }
        return header;
    }

    private static Object[] cells(CostRow row, ExportContext context) {
        StatisticsQuery query = context.query();
        List<Object> cells = new ArrayList<>();
        for (GroupField field : query.groupBy()) {
            String value = row.value(field).orElse(null);
            if (FIELDS_WITH_IDS.contains(field)) {
                cells.add(CsvCells.text(context.names().name(row.group(), field)));
            }
            cells.add(CsvCells.text(value));
        }
        cells.add(isoTime(row.bucketStart(), context));
        cells.add(isoTime(row.bucketEnd(), context));
        cells.add(row.count());
        for (Statistic statistic : query.statistics()) {
            cells.add(CsvCells.number(row.cost(statistic)));
        }
        for (Statistic statistic : query.statistics()) {
            cells.add(CsvCells.number(row.runtime(statistic)));
        }
        return cells.toArray();
    }

    static String isoTime(Instant instant, ExportContext context) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(context.query().offset().zoneOffset()));
    }
}
