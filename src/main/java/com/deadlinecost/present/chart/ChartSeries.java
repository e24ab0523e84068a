package com.deadlinecost.present.chart;

import com.deadlinecost.present.Rgb;
import java.util.Objects;

/**
 * One series as a chart shows it: its label and colour, its values per display bucket (in the measure's own
 * unit) and how it is drawn. A burn-up chart, say, is a cumulative series drawn {@link Mark#LINE}, a
 * projection drawn {@link Mark#DASHED_LINE} with a {@code low}/{@code high} band, and the limits as
 * {@link ChartModel#guides()}.
 *
 * @param key identifies the series across recomputations (its group value, or a marker for "Other")
 * @param groupValue the group the series stands for; null for "Other" and for computed series
 * @param label what the legend and the tooltip call it
 * @param colour its colour
 * @param values one value per bucket; NaN where there is nothing to measure
 * @param total the value over the whole range, what the series was ranked by
 * @param mark how it is drawn
 * @param low the lower edge of a band around the series, or null
 * @param high the upper edge of a band around the series, or null
 * @param visible false when the legend hid it; it stays in the legend, greyed
 * @param drillable whether a click on it can drill into its group
 * @param detail more words on it, said under a waterfall's bar and in its tooltip; empty for none
 */
public record ChartSeries(String key, String groupValue, String label, Rgb colour, double[] values, double total,
                          Mark mark, double[] low, double[] high, boolean visible, boolean drillable, String detail) {

    /**
     * How a series is drawn; {@link #AUTO} follows the chart kind. In a waterfall a {@link #TOTAL} bar stands on
     * zero and the others float from the running total.
     */
    public enum Mark {
        AUTO, LINE, DASHED_LINE, TOTAL
    }

    public ChartSeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(values, "values");
        mark = mark == null ? Mark.AUTO : mark;
        detail = detail == null ? "" : detail;
    }

    /** A series with no detail. */
    public ChartSeries(String key, String groupValue, String label, Rgb colour, double[] values, double total,
                       Mark mark, double[] low, double[] high, boolean visible, boolean drillable) {
        this(key, groupValue, label, colour, values, total, mark, low, high, visible, drillable, "");
    }

    /** The same series with other values, e.g. padded to a longer time axis. */
    public ChartSeries withValues(double[] replaced) {
        return new ChartSeries(key, groupValue, label, colour, replaced, total, mark, low, high, visible, drillable,
            detail);
    }

    /** The value in bucket {@code index}, 0 when there is nothing to measure (for stacking and scaling). */
    public double finite(int index) {
        double value = values[index];
        return Double.isFinite(value) ? value : 0;
    }
}
