package com.deadlinecost.present.chart;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.present.Measures;

/**
 * A value axis with round ticks in the unit people read (hours for runtime, dollars for cost), from the
 * data's range widened to include 0 and to whole steps. Values go in and out in the measure's own unit.
 */
public final class ValueAxis {
    private final double low;
    private final double high;
    private final double[] ticks;
    private final String[] labels;

    public ValueAxis(Measure measure, double min, double max, int targetTicks) {
        double unit = Measures.plotted(measure, 1) == 1 ? 1 : 1 / Measures.plotted(measure, 1);
        double from = Math.min(0, finiteOr(min)) / unit;
        double to = Math.max(0, finiteOr(max)) / unit;
        if (to - from <= 0) {
            to = from + 1;
        }
        double step = niceStep((to - from) / Math.max(1, targetTicks));
        double lowPlotted = Math.floor(from / step) * step;
        double highPlotted = Math.ceil(to / step - 1e-9) * step;
        int count = (int) Math.round((highPlotted - lowPlotted) / step) + 1;
        double[] plotted = new double[count];
        ticks = new double[count];
        for (int index = 0; index < count; index++) {
            plotted[index] = lowPlotted + index * step;
            ticks[index] = plotted[index] * unit;
        }
        low = lowPlotted * unit;
        high = highPlotted * unit;
        labels = Measures.tickLabels(measure, plotted);
    }

    /** The tick values, lowest first, in the measure's own unit. */
    public double[] ticks() {
        return ticks.clone();
    }

    /** The tick labels, all in one unit. */
    public String[] labels() {
        return labels.clone();
    }

    /** The position of {@code value} between {@code from} (at the lowest tick) and {@code to} (at the highest). */
    public double position(double value, double from, double to) {
        return from + (finiteOr(value) - low) / (high - low) * (to - from);
    }

    /** The value at a position between {@code from} and {@code to}; the inverse of {@link #position}. */
    public double value(double position, double from, double to) {
        return low + (position - from) / (to - from) * (high - low);
    }

    private static double niceStep(double raw) {
        double exponent = Math.floor(Math.log10(raw));
        double power = Math.pow(10, exponent);
        double fraction = raw / power;
        double nice;
        if (fraction < 1.5) {
            nice = 1;
        } else if (fraction < 3) {
            nice = 2;
        } else if (fraction < 7) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * power;
    }

    private static double finiteOr(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
