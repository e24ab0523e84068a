package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.present.Labels;
import com.deadlinecost.present.Measures;
import java.time.Instant;

/** Numbers and times as chart labels: money in USD, runtime in hours, counts, bucket starts. */
final class ChartValues {

    private ChartValues() {
    }

    /** A value in full, for legends and bar ends: {@code $1,234.50}, {@code 1,234.5 h}, {@code 12,345}. */
    static String full(Measure measure, double value) {
        return Measures.full(measure, value);
    }

    /** The axis title of a measure, e.g. "Estimated cost (USD)", "Runtime (hours)". */
    static String axisTitle(Measure measure) {
        return Measures.axisTitle(measure);
    }

    /** A bucket start on a time axis, as fine as the period needs, in the query's offset. */
    static String bucket(Instant start, Period period, UtcOffset offset) {
        return Labels.bucket(start, period, offset, false);
    }

    /** A value to draw: NaN (nothing to measure) draws as 0. */
    static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** "Cost (USD)" as "cost (USD)", for use inside a sentence. */
    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }


}
