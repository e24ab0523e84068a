package com.deadlinecost.present;

import com.deadlinecost.model.query.UtcOffset;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, money, durations, shares and times as people read them, the same on screen, on the clipboard, in
 * CSV and in every chart. Absent values (NaN, null) render as an em dash, never as 0. One set of thresholds:
 * compact numbers switch to "k" at 1,000 and to "M" at 1,000,000 everywhere, and the ticks of one axis
 * share one unit ({@link #axisNumbers}), so "$17.5k" and "$7,500" never meet on an axis.
 */
public final class Formats {

    /** What an absent value shows as. */
    public static final String ABSENT = "\u2014";
    /** Compact numbers use "k" from here on. */
    public static final double THOUSANDS = 1_000;
    /** Compact numbers use "M" from here on. */
    public static final double MILLIONS = 1_000_000;

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** US dollars with cents, e.g. {@code $1,234.50}; amounts below a cent show as {@code < $0.01}. */
    public static String money(double usd) {
        if (Double.isNaN(usd)) {
            return ABSENT;
        }
        if (usd != 0 && Math.abs(usd) < 0.005) {
            return usd > 0 ? "< $0.01" : "> -$0.01";
        }
        return (usd < 0 ? "-$" : "$") + format("#,##0.00", Math.abs(usd));
    }

    /** Money in few characters, e.g. {@code $950}, {@code $1.2k}, {@code $3.4M}. */
    public static String moneyCompact(double usd) {
        if (Double.isNaN(usd)) {
            return ABSENT;
        }
        return (usd < 0 ? "-$" : "$") + compact(Math.abs(usd));
    }

    /** A count with thousands separators, e.g. {@code 12,345}. */
    public static String count(double count) {
        if (Double.isNaN(count)) {
            return ABSENT;
        }
        return format("#,##0", count);
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
        return format("#,##0.0", seconds / 3600) + " h";
    }

    /** A share from 0 to 1 as a percentage with one decimal, e.g. {@code 12.5 %}. */
    public static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return ABSENT;
        }
        return format("0.0", share * 100) + " %";
    }

    /** An instant as local date and time at the offset, e.g. {@code 2025-03-03 14:30}. */
    public static String time(Instant instant, UtcOffset offset) {
        if (instant == null) {
            return ABSENT;
        }
        UtcOffset at = offset == null ? UtcOffset.UTC : offset;
        return MINUTES.format(instant.atOffset(at.zoneOffset()));
    }

    /** A size on disk in decimal units, e.g. {@code 820 B}, {@code 14.2 kB}, {@code 3.1 MB}, {@code 1 GB}. */
    public static String bytes(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= THOUSANDS && unit < units.length - 1) {
            value /= THOUSANDS;
            unit++;
        }
        return format(unit == 0 ? "#,##0" : "#,##0.#", value) + " " + units[unit];
    }

    /** A number in few characters, e.g. {@code 950}, {@code 1.2k}, {@code 3.4M}. */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return ABSENT;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= MILLIONS) {
            return format("#,##0.#", value / MILLIONS) + "M";
        }
        if (magnitude >= THOUSANDS) {
            return format("#,##0.#", value / THOUSANDS) + "k";
        }
        return format(magnitude >= 100 ? "#,##0" : "#,##0.##", value);
    }

    /**
     * The labels of an axis' evenly spaced ticks in one unit: the largest tick picks "k" or "M" for all of
     * them, and every label gets as many decimals as the step needs, e.g. {@code 0, 2.5k, 5k, 7.5k, 10k}.
     */
    public static String[] axisNumbers(double[] ticks) {
        double largest = 0;
        for (double tick : ticks) {
            largest = Math.max(largest, Math.abs(tick));
        }
        double scale = largest >= MILLIONS ? MILLIONS : largest >= THOUSANDS ? THOUSANDS : 1;
        String suffix = scale == MILLIONS ? "M" : scale == THOUSANDS ? "k" : "";
        double step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) / scale : 1;
        int decimals = 0;
        while (decimals < 3 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
            > 1e-6) {
            decimals++;
        }
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
        String[] labels = new String[ticks.length];
        for (int index = 0; index < ticks.length; index++) {
            double value = Math.abs(ticks[index]) < step * scale * 1e-9 ? 0 : ticks[index] / scale;
            labels[index] = value == 0 ? "0" : format(pattern, value) + suffix;
        }
        return labels;
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, SYMBOLS).format(value);
    }
}
