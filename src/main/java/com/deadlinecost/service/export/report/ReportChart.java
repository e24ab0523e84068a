package com.deadlinecost.service.export.report;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.present.chart.ChartKind;
import java.util.Objects;

/**
 * The chart a report draws: its kind, the grouping that splits the series, the measure and how many groups
 * keep their own series.
 */
public record ReportChart(ChartKind kind, GroupField dimension, Measure measure, int topN) {
    /** Fixed so a monthly report always has the same size; 2x doubles the pixels of the PNG. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    public ReportChart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(measure, "measure");
        topN = topN < 1 ? 8 : topN;
    }
}
