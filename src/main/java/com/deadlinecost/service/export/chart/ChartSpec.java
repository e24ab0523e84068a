package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.present.Measures;
import com.deadlinecost.service.export.ExportContext;
import java.util.Objects;

/**
 * What to draw: a chart kind, its series, the export's context (query, names, time) and a title.
 *
 * @param kind the chart kind
 * @param series the series as the chart shows them (top N, then "Other")
 * @param context the query and names the header, labels and note come from
 * @param title the chart's title; blank for the default, e.g. "Cost (USD) by Queue over time"
 */
public record ChartSpec(ChartKind kind, SeriesSet series, ExportContext context, String title) {

    /** Checks the members and fills in the default title. */
    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(context, "context");
        if (title == null || title.isBlank()) {
            title = defaultTitle(kind, series);
        }
    }

    /** A chart with the default title. */
    public static ChartSpec of(ChartKind kind, SeriesSet series, ExportContext context) {
        return new ChartSpec(kind, series, context, null);
    }

    private static String defaultTitle(ChartKind kind, SeriesSet series) {
        return Measures.chartTitle(series.measure(), series.dimension(), kind.overTime(), kind == ChartKind.SHARE);
    }
}
