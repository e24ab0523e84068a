package com.deadlinecost.service.export;

import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.present.Labels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's series as CSV in wide format, the shape spreadsheets chart directly: one line per time bucket
 * (a single line for charts over the whole range), the bucket's start and end, then one column per series
 * in the chart's order ("Other" last) holding the chart's measure as a plain number.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    /** Writes the series to {@code file}, atomically. */
    public static void write(Path file, ExportContext context, SeriesSet set, boolean byteOrderMark)
            throws ExportException {
        List<String> header = new ArrayList<>(List.of("Start", "End"));
        header.addAll(seriesLabels(set, context));
        List<Object[]> rows = new ArrayList<>(set.buckets().size());
        for (int bucket = 0; bucket < set.buckets().size(); bucket++) {
            Object[] cells = new Object[header.size()];
            cells[0] = RowsCsv.isoTime(set.buckets().get(bucket).start(), context);
            cells[1] = RowsCsv.isoTime(set.buckets().get(bucket).end(), context);
            for (int series = 0; series < set.series().size(); series++) {
                cells[series + 2] = CsvCells.number(set.series().get(series).value(bucket));
            }
            rows.add(cells);
        }
        CsvTable.write(file, header, rows, byteOrderMark);
    }

    /**
     * The series' names, neutralised for spreadsheets; two groups sharing a name get their ids appended so
     * that every column is told apart.
     */
    static List<String> seriesLabels(SeriesSet set, ExportContext context) {
        List<String> labels = new ArrayList<>();
        for (String label : Labels.seriesLabels(set.series(), context.names(), set.dimension())) {
            labels.add(CsvCells.text(label));
        }
        return labels;
    }
}
