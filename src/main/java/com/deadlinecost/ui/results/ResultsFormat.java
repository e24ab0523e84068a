package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats numbers of the results for people: money in USD, durations, times in the query's offset and
 * shares. Absent values (NaN, null) render as an em dash, never as 0. Pure functions, no JavaFX.
 */
public final class ResultsFormat {

    /** What an absent value shows as. */
    public static final String ABSENT = "\u2014";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private ResultsFormat() {
    }

    /** US dollars with cents, e.g. {@code $1,234.50}; amounts below a cent show as {@code < $0.01}. */
    public static String money(double usd) {
        if (Double.isNaN(usd)) {
            return ABSENT;
        }
        if (usd != 0 && Math.abs(usd) < 0.005) {
            return usd > 0 ? "< $0.01" : "> -$0.01";
        }
        String digits = new DecimalFormat("#,##0.00", SYMBOLS).format(Math.abs(usd));
        return (usd < 0 ? "-$" : "$") + digits;
    }

    /** Short money for axes, e.g. {@code $1.2k}, {@code $3.4M}, {@code $12}. */
    public static String moneyShort(double usd) {
        if (Double.isNaN(usd)) {
            return ABSENT;
        }
        return "$" + shortNumber(usd);
    }

    /** A count with thousands separators, e.g. {@code 12,345}. */
    public static String count(double count) {
        if (Double.isNaN(count)) {
            return ABSENT;
        }
        return new DecimalFormat("#,##0", SYMBOLS).format(count);
    }

    /** A duration given in seconds, e.g. {@code 2 d 4 h}, {@code 3 h 25 min}, {@code 45 min}, {@code 12 s}. */
    public static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return ABSENT;
        }
        long total = Math.round(Math.abs(seconds));
        String sign = seconds < 0 ? "-" : "";
        long days = total / 86_400;
        long hours = total % 86_400 / 3600;
        long minutes = total % 3600 / 60;
        long rest = total % 60;
        if (days > 0) {
            return sign + days + " d " + hours + " h";
        }
        if (hours > 0) {
            return sign + hours + " h " + minutes + " min";
        }
        if (minutes > 0) {
            return sign + minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
        }
        return sign + rest + " s";
    }

    /** Seconds as hours with one decimal, e.g. {@code 1,234.5 h}. */
    public static String hours(double seconds) {
        if (Double.isNaN(seconds)) {
            return ABSENT;
        }
        return new DecimalFormat("#,##0.0", SYMBOLS).format(seconds / 3600) + " h";
    }

    /** A share from 0 to 1 as a percentage with one decimal, e.g. {@code 12.5 %}. */
    public static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return ABSENT;
        }
        return new DecimalFormat("0.0", SYMBOLS).format(share * 100) + " %";
    }

    /** An instant as local date and time at the offset, e.g. {@code 2025-03-03 14:30}. */
    public static String time(Instant instant, UtcOffset offset) {
        if (instant == null) {
            return ABSENT;
        }
        UtcOffset at = offset == null ? UtcOffset.UTC : offset;
        return MINUTES.format(instant.atOffset(at.zoneOffset()));
    }

    /** A short label for a bucket start on a time axis, as fine as the period needs. */
    public static String bucketLabel(Instant start, Period period, UtcOffset offset) {
        UtcOffset at = offset == null ? UtcOffset.UTC : offset;
        Period step = period == null ? Period.DAILY : period;
        switch (step) {
            case HOURLY:
                return DAY_HOUR.format(start.atOffset(at.zoneOffset()));
            case MONTHLY:
                return MONTH.format(start.atOffset(at.zoneOffset()));
            case DAILY:
            case WEEKLY:
            default:
                return DAY.format(start.atOffset(at.zoneOffset()));
        }
    }

    /** A value of a chart measure: money for costs, hours for runtime, a count for sessions. */
    public static String measure(Measure measure, double value) {
        switch (measure) {
            case COST_SUM:
            case AVERAGE_COST:
                return money(value);
            case RUNTIME_SUM:
                return hours(value);
            case COUNT:
                return count(value);
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** A number in few characters, e.g. {@code 950}, {@code 1.2k}, {@code 3.4M}. */
    public static String shortNumber(double value) {
        double magnitude = Math.abs(value);
        DecimalFormat oneDecimal = new DecimalFormat("#,##0.#", SYMBOLS);
        if (magnitude >= 1_000_000) {
            return oneDecimal.format(value / 1_000_000) + "M";
        }
        if (magnitude >= 10_000) {
            return oneDecimal.format(value / 1_000) + "k";
        }
        return new DecimalFormat(magnitude >= 100 ? "#,##0" : "#,##0.##", SYMBOLS).format(value);
    }
}
