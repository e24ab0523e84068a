package com.deadlinecost.service.export.report;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartOverlayInputs;
import com.deadlinecost.present.chart.ProjectionCharts;
import com.deadlinecost.present.chart.WaterfallCharts;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.export.ExportFiles;
import com.deadlinecost.service.export.InsightCsv;
import com.deadlinecost.service.export.InsightJson;
import com.deadlinecost.service.export.QueryInWords;
import com.deadlinecost.service.export.ResultJson;
import com.deadlinecost.service.export.RowsCsv.RowColumns;
import com.deadlinecost.service.export.chart.ChartExporter;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.ProjectionSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report files an investigation adds, under fixed names a scheduled check can rely on: {@code changes.csv} and
 * the waterfall chart ({@code waterfall.png}, {@code .svg}, {@code .pdf} as the formats ask) with {@code --compare},
 * the projection chart ({@code projection.png}, ...) with {@code --projection},
 * {@code anomalies.csv} with {@code --anomalies} (whatever the formats, since a scheduled check reads it), and
 * the members {@code comparison}, {@code anomalies} and {@code projection} of {@code NAME.json}.
 */
final class InsightFiles {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Map<ReportFormat, List<ChartFileFormat>> CHART_FILES = Map.of(
        ReportFormat.PNG, List.of(ChartFileFormat.PNG), ReportFormat.SVG, List.of(ChartFileFormat.SVG),
        ReportFormat.PDF, List.of(ChartFileFormat.PDF));

    private InsightFiles() {
    }

    static RowColumns rowColumns(ReportInsight insight, ExportContext context) {
        return insight.comparison().map(comparison -> InsightCsv.comparedColumns(comparison, context))
            .orElse(RowColumns.NONE);
    }

    /** What a time chart of the report draws over its series: the earlier period, the projection, anomalies. */
    static ChartOverlayInputs overlays(ReportInsight insight, StatisticsQuery query) {
        return new ChartOverlayInputs(insight.comparison().map(comparison -> ChartOverlayInputs.EarlierRows.of(
            comparison.earlierRows(), query.range(), comparison.earlierQuery().range(), comparison.with().label(),
            query.offset())), insight.projection().map(ProjectionSummary::basis),
            insight.anomalies().orElse(List.of()));
    }

    static void writeJson(Path file, ExportContext context, List<? extends CostRow> rows, ReportInsight insight)
            throws ExportException {
        ObjectNode root = ResultJson.toJson(context, rows);
        insight.comparison().ifPresent(comparison -> root.set("comparison",
            InsightJson.comparison(comparison, context)));
        insight.anomalies().ifPresent(anomalies -> root.set("anomalies", InsightJson.anomalies(anomalies, context)));
        insight.projection().ifPresent(projection -> root.set("projection",
            InsightJson.projection(projection, context)));
        ExportFiles.write(file, out -> MAPPER.writeValue(out, root));
    }

    private static void writeCharts(Path folder, Set<ReportFormat> formats, String name, ChartModel model,
                                    List<Path> written) throws ExportException {
        for (ReportFormat format : ReportFormat.values()) {
            for (ChartFileFormat chart : formats.contains(format) ? CHART_FILES.getOrDefault(format, List.of())
                : List.<ChartFileFormat>of()) {
                Path file = folder.resolve(name + "." + chart.name().toLowerCase(Locale.ROOT));
                ChartExporter.write(model, ReportChart.WIDTH, ReportChart.HEIGHT, chart, file);
                written.add(file);
            }
        }
    }

    private static String day(Instant instant, ExportContext context) {
        return instant.atOffset(context.query().offset().zoneOffset()).toLocalDate().toString();
    }

    static List<Path> write(Path folder, Set<ReportFormat> formats, ExportContext context,
                            ReportInsight insight, int topN) throws ExportException {
        List<Path> written = new ArrayList<>();
        if (insight.comparison().isPresent()) {
            Comparison comparison = insight.comparison().get();
            Path changes = folder.resolve("changes.csv");
            InsightCsv.writeChanges(changes, context, comparison.changes(), true);
            written.add(changes);
            QueryInWords words = new QueryInWords(context);
            TimeRange earlier = comparison.earlierQuery().range();
            ChartModel.Header header = new ChartModel.Header("What changed: " + words.farm(), List.of(
                words.range() + " against " + comparison.with().label().toLowerCase(Locale.ROOT) + " ("
                + day(earlier.start(), context) + " to " + day(earlier.end().minusSeconds(1), context) + ")"),
                words.exportTime(), "Each step: the change of one group, split into a runtime effect (more or fewer "
                + "hours at the earlier cost per hour) and a rate effect (a different cost per hour). "
                + ExportContext.COST_NOTE);
            writeCharts(folder, formats, "waterfall", WaterfallCharts.model(comparison.changes(), topN,
                context.names(), header, Palette.Theme.LIGHT), written);
        }
        if (insight.projection().isPresent()) {
            ProjectionSummary summary = insight.projection().get();
            QueryInWords words = new QueryInWords(context);
            ChartModel.Header header = new ChartModel.Header("Where the month is heading: " + words.farm(),
                List.of(words.resources() + " \u00b7 as of " + Formats.time(summary.total().asOf(),
                context.query().offset()) + " \u00b7 projected " + Formats.money(summary.total().projectedUsd())
                + " (80 %: " + Formats.money(summary.total().lowUsd()) + " \u2013 "
                + Formats.money(summary.total().highUsd()) + ")"), words.exportTime(),
                "Projection from the last four weeks' weekday pattern; backtest on the last six months: mean "
                + "absolute percentage error " + String.format(Locale.ROOT, "%.0f %%",
                100 * summary.backtest().meanAbsolutePercentageError()) + ". " + ExportContext.COST_NOTE);
            writeCharts(folder, formats, "projection", ProjectionCharts.model(summary.total(), summary.monthDays(),
                Optional.of(summary.basis()), header, Palette.Theme.LIGHT), written);
        }
        if (insight.anomalies().isPresent()) {
            Path anomalies = folder.resolve("anomalies.csv");
            InsightCsv.writeAnomalies(anomalies, context, insight.anomalies().get(), true);
            written.add(anomalies);
        }
        return written;
    }
}
