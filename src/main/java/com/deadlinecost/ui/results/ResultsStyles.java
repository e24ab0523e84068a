package com.deadlinecost.ui.results;

import java.util.Objects;

/** Style-class names and the stylesheet of the results views, so code and CSS agree on names. */
public final class ResultsStyles {

    /** The feature's stylesheet, added to each results root node. */
    public static final String STYLESHEET = Objects.requireNonNull(
        ResultsStyles.class.getResource("/com/deadlinecost/ui/results/results.css"), "results.css").toExternalForm();

    public static final String RESULTS = "results";
    public static final String TOOLBAR = "results-toolbar";
    public static final String SUMMARY = "results-summary";
    public static final String SUMMARY_ITEM = "results-summary-item";
    public static final String SUMMARY_VALUE = "results-summary-value";
    public static final String SUMMARY_CAPTION = "results-summary-caption";
    public static final String ESTIMATE_NOTE = "results-estimate-note";
    public static final String TOTALS = "results-totals";
    public static final String EMPTY = "results-empty";
    public static final String NUMBER_CELL = "results-number-cell";
    public static final String ABSENT_CELL = "results-absent-cell";
    public static final String GROUP_LINK = "results-group-link";
    public static final String FILTERED_COLUMN = "results-filtered-column";
    public static final String BREADCRUMB = "results-breadcrumb";
    public static final String BREADCRUMB_CURRENT = "results-breadcrumb-current";
    public static final String CHART_AREA = "results-chart-area";
    public static final String LEGEND = "results-legend";
    public static final String LEGEND_ITEM = "results-legend-item";
    public static final String LEGEND_HIDDEN = "results-legend-hidden";
    public static final String LEGEND_SWATCH = "results-legend-swatch";
    public static final String CHART_TOOLTIP = "results-chart-tooltip";
    public static final String CHART_SELECTION = "results-chart-selection";
    public static final String DONUT_HOLE = "results-donut-hole";
    public static final String DONUT_TOTAL = "results-donut-total";
    /** Marks a node drawn in a series colour; the colour itself comes from {@link #seriesColour}. */
    public static final String SERIES = "results-series";
    /** A series' colour: the prefix plus its rank modulo {@link #SERIES_COLOURS}, or {@link #SERIES_OTHER}. */
    public static final String SERIES_PREFIX = "results-series-";
    public static final String SERIES_OTHER = "results-series-other";
    /** How many distinct series colours the stylesheet defines. */
    public static final int SERIES_COLOURS = 8;

    private ResultsStyles() {
    }

    /** The colour class of the series at {@code rank} ("Other" is grey whatever its rank). */
    public static String seriesColour(int rank, boolean other) {
        return other ? SERIES_OTHER : SERIES_PREFIX + (rank % SERIES_COLOURS);
    }
}
