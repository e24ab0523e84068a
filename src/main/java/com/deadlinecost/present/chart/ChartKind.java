package com.deadlinecost.present.chart;

import com.deadlinecost.model.rollup.TimeBucketing;
import java.util.List;

/**
 * The charts the painter draws. The results offer {@link #forResults()}; the waterfall of "What changed" is drawn
 * from a comparison ({@link WaterfallCharts}), not from the rows.
 */
public enum ChartKind {
    RANKED_BARS("Ranked bars", false),
    STACKED_BARS("Stacked bars over time", true),
    LINES("Lines over time", true),
    SHARE("Share (donut)", false),
    WATERFALL("What changed (waterfall)", false);

    private static final List<ChartKind> FOR_RESULTS = List.of(RANKED_BARS, STACKED_BARS, LINES, SHARE);

    private final String label;
    private final boolean overTime;

    ChartKind(String label, boolean overTime) {
        this.label = label;
        this.overTime = overTime;
    }

    /** The kinds a result's rows can be charted as, in the chooser's order. */
    public static List<ChartKind> forResults() {
        return FOR_RESULTS;
    }

    /** The chart's name as the chooser shows it. */
    public String label() {
        return label;
    }

    /** Whether the chart has a time axis rather than one value per group. */
    public boolean overTime() {
        return overTime;
    }

    /** How rows fold into the chart's buckets: kept over time, else one bucket for the whole range. */
    public TimeBucketing timing() {
        return overTime ? TimeBucketing.keepBuckets() : TimeBucketing.wholeRange();
    }

    /** The label, so pickers that show an enum by its text read naturally. */
    @Override
    public String toString() {
        return label;
    }
}
