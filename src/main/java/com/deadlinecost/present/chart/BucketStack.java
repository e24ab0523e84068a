package com.deadlinecost.present.chart;

import java.util.List;

/**
 * How one bucket's series stack in stacked bars: in series order, each visible non-zero value starts where the
 * last value of its sign ended, positive values upwards from zero and negative ones downwards. The painter, the
 * hit test and the tooltip's anchor all stack through here, so what is found is what is drawn.
 */
final class BucketStack {

    /** One series' segment of a bucket's stack. */
    @FunctionalInterface
    interface Segment {
        /** The segment of series {@code series} runs from {@code from} to {@code to}; false stops the walk. */
        boolean visit(int series, double from, double to);
    }

    private BucketStack() {
    }

    /**
     * Visits the segments of {@code bucket} from the bottom of each sign's stack.
     *
     * @return the series at which {@code segment} stopped the walk, or -1 when it visited every segment
     */
    static int walk(List<ChartSeries> series, int bucket, Segment segment) {
        double positive = 0;
        double negative = 0;
        for (int index = 0; index < series.size(); index++) {
            ChartSeries one = series.get(index);
            double value = one.finite(bucket);
            if (!one.visible() || value == 0) {
                continue;
            }
            double from = value >= 0 ? positive : negative;
            double to = from + value;
            if (value >= 0) {
                positive = to;
            } else {
                negative = to;
            }
            if (!segment.visit(index, from, to)) {
                return index;
            }
        }
        return -1;
    }
}
