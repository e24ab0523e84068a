package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.TimeBucketing;

/** The kinds of chart the results offer. */
public enum ChartType {
    RANKED_BARS("Ranked bars", false),
    STACKED_BARS("Stacked bars over time", true),
    LINES("Lines over time", true),
    SHARE("Share (donut)", false);

    private final String label;
    private final boolean overTime;

    ChartType(String label, boolean overTime) {
        this.label = label;
        this.overTime = overTime;
    }

    /** The chooser's text. */
    public String label() {
        return label;
    }

    /** Whether the chart has a time axis (one value per bucket) rather than one value per group. */
    public boolean overTime() {
        return overTime;
    }

    /** How the rows' time buckets fold for this chart: kept over time, else one bucket for the range. */
    public TimeBucketing timing() {
        return overTime ? TimeBucketing.keepBuckets() : TimeBucketing.wholeRange();
    }

    @Override
    public String toString() {
        return label;
    }
}
