package com.deadlinecost.present;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import java.util.Locale;

/**
 * Names, units and titles of what a chart measures, kept side by side so the chooser, the chart's title, its
 * axis, its legend and its tooltip cannot drift apart. Values are plotted in the unit people read: runtime
 * in hours (the service counts seconds), money in US dollars, sessions as counts.
 */
public final class Measures {

    private Measures() {
    }

    /** The short name for choosers, e.g. "Cost", "Runtime". */
    public static String name(Measure measure) {
        switch (measure) {
            case COST_SUM:
                return "Cost";
            case RUNTIME_SUM:
                return "Runtime";
            case COUNT:
                return "Sessions";
            case AVERAGE_COST:
                return "Average cost";
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** What the numbers are, for titles, e.g. "Estimated cost", "Average cost per session". */
    public static String title(Measure measure) {
        switch (measure) {
            case COST_SUM:
                return "Estimated cost";
            case RUNTIME_SUM:
                return "Runtime";
            case COUNT:
                return "Sessions";
            case AVERAGE_COST:
                return "Average cost per session";
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** The plotted unit, e.g. "USD", "hours"; empty for counts. */
    public static String unit(Measure measure) {
        switch (measure) {
            case COST_SUM:
            case AVERAGE_COST:
                return "USD";
            case RUNTIME_SUM:
                return "hours";
            case COUNT:
                return "";
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** The axis title: the title with its unit, e.g. "Estimated cost (USD)", "Runtime (hours)". */
    public static String axisTitle(Measure measure) {
        String unit = unit(measure);
        return unit.isEmpty() ? title(measure) : title(measure) + " (" + unit + ")";
    }

    /** A chart's title, e.g. "Estimated cost by queue over time", "Share of runtime by user". */
    public static String chartTitle(Measure measure, GroupField dimension, boolean overTime, boolean share) {
        String by = " by " + dimension.label().toLowerCase(Locale.ROOT);
        if (share) {
            return "Share of " + lowerFirst(title(measure)) + by;
        }
        return title(measure) + by + (overTime ? " over time" : "");
    }

    /** A value in the measure's own unit (seconds for runtime) as the plotted number (hours for runtime). */
    public static double plotted(Measure measure, double value) {
        return measure == Measure.RUNTIME_SUM ? value / 3600 : value;
    }

    /** A value in the measure's own unit in full, for legends, tooltips and bar ends: "$1,234.50", "2.0 h". */
    public static String full(Measure measure, double value) {
        switch (measure) {
            case COST_SUM:
            case AVERAGE_COST:
                return Formats.money(value);
            case RUNTIME_SUM:
                return Formats.hours(value);
            case COUNT:
                return Formats.count(value);
            default:
                throw new IllegalArgumentException("Unknown measure " + measure);
        }
    }

    /** Labels for evenly spaced ticks given in the plotted unit, all in one unit: "$0", "$2.5k", "$5k". */
    public static String[] tickLabels(Measure measure, double[] plottedTicks) {
        String[] numbers = Formats.axisNumbers(plottedTicks);
        for (int index = 0; index < numbers.length; index++) {
            String number = numbers[index];
            switch (measure) {
                case COST_SUM:
                case AVERAGE_COST:
                    numbers[index] = number.startsWith("-") ? "-$" + number.substring(1) : "$" + number;
                    break;
                case RUNTIME_SUM:
                    numbers[index] = number + " h";
                    break;
                default:
                    break;
            }
        }
        return numbers;
    }

    /** "Estimated cost" as "estimated cost", for use inside a sentence. */
    public static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
