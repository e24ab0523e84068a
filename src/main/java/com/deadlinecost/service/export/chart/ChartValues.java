package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and times as chart labels: money in USD, runtime in hours, counts, bucket starts. */
final class ChartValues {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private ChartValues() {
    }

    /** A value in full, for legends and bar ends: {@code $1,234.50}, {@code 1,234.5 h}, {@code 12,345}. */
    static String full(Measure measure, double value) {
        if (Double.isNaN(value)) {
            return "\u2014";
        }
        switch (measure) {
            case COST_SUM:
            case AVERAGE_COST:
                return signed(value, "$", new DecimalFormat("#,##0.00", US).format(Math.abs(value)));
            case RUNTIME_SUM:
                return new DecimalFormat("#,##0.0", US).format(value / 3600) + " h";
            case COUNT:
                return new DecimalFormat("#,##0", US).format(value);
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** A short axis tick: {@code $1.2k}, {@code 350 h}, {@code 12k}. */
    static String tick(Measure measure, double value) {
        switch (measure) {
            case COST_SUM:
            case AVERAGE_COST:
                return signed(value, "$", shortNumber(Math.abs(value)));
            case RUNTIME_SUM:
                return shortNumber(value / 3600) + " h";
            case COUNT:
                return shortNumber(value);
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** The axis title of a measure, e.g. "Cost (USD)", "Runtime (hours)". */
    static String axisTitle(Measure measure) {
        return measure == Measure.RUNTIME_SUM ? "Runtime (hours)" : measure.label();
    }

    /** A bucket start on a time axis, as fine as the period needs, in the query's offset. */
    static String bucket(Instant start, Period period, UtcOffset offset) {
        switch (period) {
            case HOURLY:
                return DAY_HOUR.format(start.atOffset(offset.zoneOffset()));
            case MONTHLY:
                return MONTH.format(start.atOffset(offset.zoneOffset()));
            default:
                return DAY.format(start.atOffset(offset.zoneOffset()));
        }
    }

    /** A value to draw: NaN (nothing to measure) draws as 0. */
    static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** "Cost (USD)" as "cost (USD)", for use inside a sentence. */
    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String signed(double value, String unit, String digits) {
        return (value < 0 ? "-" : "") + unit + digits;
    }

    private static String shortNumber(double value) {
        double magnitude = Math.abs(value);
        DecimalFormat oneDecimal = new DecimalFormat("#,##0.#", US);
        if (magnitude >= 1_000_000) {
            return oneDecimal.format(value / 1_000_000) + "M";
        }
        if (magnitude >= 1_000) {
            return oneDecimal.format(value / 1_000) + "k";
        }
        return new DecimalFormat(magnitude >= 100 ? "#,##0" : "#,##0.##", US).format(value);
    }
}
