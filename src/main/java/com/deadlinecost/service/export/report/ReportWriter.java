package com.deadlinecost.service.export.report;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.export.RowsCsv;
import com.deadlinecost.service.export.SeriesCsv;
import com.deadlinecost.service.export.chart.ChartExporter;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.export.chart.ChartSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the files of a report into a folder, each atomically, and says which it wrote. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes the report's files: see {@link ReportFormat} for the names. CSV files carry a UTF-8 BOM so
     * that Excel opens names correctly.
     *
     * @return the files written, in the order of {@link ReportFormat}
     */
    public static List<Path> write(Path folder, String baseName, Set<ReportFormat> formats, ExportContext context,
                                   List<? extends CostRow> rows, ReportChart chart) throws ExportException {
        return write(folder, baseName, formats, context, rows, chart, ReportInsight.NONE);
    }

    /**
     * Writes the report's files with what an investigation adds (see {@link InsightFiles}): earlier-value columns in
     * the rows' CSV, the comparison, anomalies and projection in the JSON, and the extra files.
     */
    public static List<Path> write(Path folder, String baseName, Set<ReportFormat> formats, ExportContext context,
                                   List<? extends CostRow> rows, ReportChart chart, ReportInsight insight)
            throws ExportException {
        StatisticsQuery query = context.query();
        ChartData.Request request = new ChartData.Request(chart.kind(), chart.dimension(), chart.measure(),
            chart.topN(), query.period(), query.offset(), query.range());
        // The picture folds what its width cannot show; the series CSV keeps every bucket of the range.
        ChartSpec spec = new ChartSpec(chart.kind(), ChartData.of(rows, request, ChartData.maxBucketsFor(
            ReportChart.WIDTH * 0.7)), context, null, Set.of(), InsightFiles.overlays(insight, query));
        SeriesSet series = ChartData.of(rows, request, Integer.MAX_VALUE).series();
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            switch (format) {
                case CSV:
                    RowsCsv.write(add(written, folder, baseName + ".csv"), context, rows, true,
                        InsightFiles.rowColumns(insight, context));
                    SeriesCsv.write(add(written, folder, baseName + "-series.csv"), context, series, true);
                    break;
                case JSON:
                    InsightFiles.writeJson(add(written, folder, baseName + ".json"), context, rows, insight);
                    break;
                case PNG:
                    chart(spec, ChartFileFormat.PNG, add(written, folder, baseName + ".png"));
                    chart(spec, ChartFileFormat.PNG_2X, add(written, folder, baseName + "@2x.png"));
                    break;
                case SVG:
                    chart(spec, ChartFileFormat.SVG, add(written, folder, baseName + ".svg"));
                    break;
                case PDF:
                    chart(spec, ChartFileFormat.PDF, add(written, folder, baseName + ".pdf"));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown format " + format);
            }
        }
        written.addAll(InsightFiles.write(folder, formats, context, insight, chart.topN()));
        return written;
    }

    private static void chart(ChartSpec spec, ChartFileFormat format, Path file) throws ExportException {
        ChartExporter.write(spec, ReportChart.WIDTH, ReportChart.HEIGHT, format, file);
    }

    private static Path add(List<Path> written, Path folder, String name) {
        Path file = folder.resolve(name);
        written.add(file);
        return file;
    }
}
