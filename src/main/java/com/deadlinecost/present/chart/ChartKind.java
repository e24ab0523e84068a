package com.deadlinecost.present.chart;

import com.deadlinecost.model.rollup.TimeBucketing;

/**
 * The charts the results offer, drawn for export. The constant names match the UI's chart types, so the UI
 * maps its choice with {@code ChartKind.valueOf(type.name())}.
 */
public enum ChartKind {
    RANKED_BARS("Ranked bars", false),
    STACKED_BARS("Stacked bars over time", true),
    LINES("Lines over time", true),
    SHARE("Share (donut)", false);

    private final String label;
    private final boolean overTime;

    ChartKind(String label, boolean overTime) {
        this.label = label;
        this.overTime = overTime;
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
