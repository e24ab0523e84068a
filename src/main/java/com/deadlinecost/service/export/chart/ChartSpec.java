package com.deadlinecost.service.export.chart;

import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartOverlayFold;
import com.deadlinecost.present.chart.ChartOverlayInputs;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.QueryInWords;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to export: a chart kind, its data as the screen shows it, the export's context (query, names, time),
 * a title and the series the legend hid.
 *
 * @param kind the chart kind
 * @param data the series over the display buckets (top N, then "Other")
 * @param context the query and names the header, labels and note come from
 * @param title the chart's title; blank for the default, e.g. "Estimated cost by queue over time"
 * @param hidden keys of series the legend hid ({@link ChartModel#seriesKey})
 * @param overlays what a time chart draws over its series (earlier period, projection, anomaly markers)
 */
public record ChartSpec(ChartKind kind, ChartData data, ExportContext context, String title, Set<String> hidden,
                        ChartOverlayInputs overlays) {

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(context, "context");
        title = title == null ? "" : title;
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
        overlays = overlays == null ? ChartOverlayInputs.NONE : overlays;
    }

    /** A chart with nothing drawn over its series. */
    public ChartSpec(ChartKind kind, ChartData data, ExportContext context, String title, Set<String> hidden) {
        this(kind, data, context, title, hidden, ChartOverlayInputs.NONE);
    }

    /** A chart with the default title and every series shown. */
    public static ChartSpec of(ChartKind kind, ChartData data, ExportContext context) {
        return new ChartSpec(kind, data, context, null, Set.of(), ChartOverlayInputs.NONE);
    }

    /** The chart model with the export's header: the query in words, the export time and the cost note. */
    public ChartModel model() {
        QueryInWords words = new QueryInWords(context);
        ChartModel.Header header = new ChartModel.Header(title, List.of(
            words.farm() + " \u00b7 " + words.resources(), words.range() + " \u00b7 " + words.periodAndGrouping()),
            words.exportTime(), ExportContext.COST_NOTE);
        return ChartOverlayFold.apply(ChartModel.of(data, kind, context.names(), header, hidden,
            Palette.Theme.LIGHT), data, overlays, context.names());
    }
}
