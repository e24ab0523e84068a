package com.deadlinecost.service.export;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
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
        write(file, context, rows, byteOrderMark, RowColumns.NONE);
    }

    /** Writes the rows with {@code extra} columns at the end of each line (a comparison's earlier value). */
    public static void write(Path file, ExportContext context, List<? extends CostRow> rows, boolean byteOrderMark,
                             RowColumns extra) throws ExportException {
        StatisticsQuery query = context.query();
        List<Object[]> cells = new ArrayList<>(rows.size());
        for (CostRow row : rows) {
            List<Object> line = cells(row, context);
            line.addAll(extra.cells(row));
            cells.add(line.toArray());
        }
        List<String> header = header(query);
        header.addAll(extra.header());
        CsvTable.write(file, header, cells, byteOrderMark);
    }

    /** Writes a header and lines of cells as CSV, atomically; cells as {@link CsvCells} makes them. */
    public static void writeTable(Path file, List<String> header, List<Object[]> lines, boolean byteOrderMark)
            throws ExportException {
        CsvTable.write(file, header, lines, byteOrderMark);
    }

    /** Columns added to the end of each row's line. */
    public interface RowColumns {
        /** No extra columns. */
        RowColumns NONE = new RowColumns() {
            @Override
            public List<String> header() {
                return List.of();
            }

            @Override
            public List<Object> cells(CostRow row) {
                return List.of();
            }
        };

        List<String> header();

        List<Object> cells(CostRow row);
    }

    /** The column titles for a query's rows. */
    public static List<String> header(StatisticsQuery query) {
        List<String> header = groupHeader(query.groupBy());
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

    /** The titles of a group's columns: each field's name and, for queues, fleets, jobs and users, its id. */
    public static List<String> groupHeader(List<GroupField> fields) {
        List<String> header = new ArrayList<>();
        for (GroupField field : fields) {
            header.add(field.label());
            if (FIELDS_WITH_IDS.contains(field)) {
                header.add(field.label() + " ID");
            }
        }
        return header;
    }

    /** A group's cells under {@link #groupHeader}. */
    public static List<Object> groupCells(GroupKey group, List<GroupField> fields, DisplayNames names) {
        List<Object> cells = new ArrayList<>();
        for (GroupField field : fields) {
            String value = group.value(field).orElse(null);
            if (FIELDS_WITH_IDS.contains(field)) {
                cells.add(CsvCells.text(names.name(group, field)));
            }
            cells.add(CsvCells.text(value));
        }
        return cells;
    }

    private static List<Object> cells(CostRow row, ExportContext context) {
        StatisticsQuery query = context.query();
        List<Object> cells = groupCells(row.group(), query.groupBy(), context.names());
        cells.add(isoTime(row.bucketStart(), context));
        cells.add(isoTime(row.bucketEnd(), context));
        cells.add(row.count());
        for (Statistic statistic : query.statistics()) {
            cells.add(CsvCells.number(row.cost(statistic)));
        }
        for (Statistic statistic : query.statistics()) {
            cells.add(CsvCells.number(row.runtime(statistic)));
        }
        return cells;
    }

    /** An instant as an ISO-8601 time in the query's offset. */
    public static String isoTime(Instant instant, ExportContext context) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(context.query().offset().zoneOffset()));
    }
}
