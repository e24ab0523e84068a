package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.present.Measures;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round ticks in the unit people read (hours for runtime, dollars for cost), from the
 * data's range widened to include 0 and to whole steps.
 */
final class ValueAxis {
    private final Measure measure;
    private final double low;
    private final double high;
    private final double step;

    ValueAxis(Measure measure, double min, double max, int targetTicks) {
        this.measure = measure;
        double unit = measure == Measure.RUNTIME_SUM ? 3600 : 1;
        double from = Math.min(0, finiteOr(min, 0)) / unit;
        double to = Math.max(0, finiteOr(max, 0)) / unit;
        if (to - from <= 0) {
            to = from + 1;
        }
        double niceStep = niceStep((to - from) / Math.max(1, targetTicks));
        this.step = niceStep * unit;
        this.low = Math.floor(from / niceStep) * niceStep * unit;
        this.high = Math.ceil(to / niceStep - 1e-9) * niceStep * unit;
    }

    double low() {
        return low;
    }

    double high() {
        return high;
    }

    /** The tick values from low to high. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int count = (int) Math.round((high - low) / step);
        for (int index = 0; index <= count; index++) {
            ticks.add(low + index * step);
        }
        return ticks;
    }

    /** The label of a tick, in the unit shared by all ticks of this axis. */
    String label(double value) {
        List<Double> ticks = ticks();
        double[] plotted = new double[ticks.size()];
        for (int index = 0; index < plotted.length; index++) {
            plotted[index] = Measures.plotted(measure, ticks.get(index));
        }
        int index = (int) Math.round((value - low) / step);
        return Measures.tickLabels(measure, plotted)[Math.max(0, Math.min(plotted.length - 1, index))];
    }

    /** The position of {@code value} between {@code from} (at low) and {@code to} (at high). */
    double position(double value, double from, double to) {
        return from + (finiteOr(value, 0) - low) / (high - low) * (to - from);
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

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }
}
