package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.ZoneOffset;
import java.util.Locale;

/** The earlier range a query is compared with. */
public enum CompareWith {
    /** The range of equal length that ends where this one starts. */
    PREVIOUS_PERIOD("Previous period", "previous"),
    /** The same calendar range one month earlier, in the query's offset. */
    LAST_MONTH("Same range last month", "last-month"),
    /** The same calendar range one year earlier, in the query's offset. */
    LAST_YEAR("Same range last year", "last-year");

    private final String label;
    private final String option;

    CompareWith(String label, String option) {
        this.label = label;
        this.option = option;
    }

    /** The words of the "Compare with" chooser. */
    public String label() {
        return label;
    }

    /** The word of {@code report --compare}. */
    public String option() {
        return option;
    }

    /** The constant {@code report --compare} names: previous, last-month or last-year. */
    public static CompareWith parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (CompareWith kind : values()) {
            if (kind.option.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--compare '" + text + "' is not known; choose previous, last-month or "
            + "last-year");
    }

    /** The earlier range for {@code range}; calendar shifts happen in the query's fixed offset. */
    public TimeRange earlier(TimeRange range, UtcOffset offset) {
        ZoneOffset zone = offset.zoneOffset();
        switch (this) {
            case PREVIOUS_PERIOD:
                return new TimeRange(range.start().minus(range.duration()), range.start());
            case LAST_MONTH:
                return new TimeRange(range.start().atOffset(zone).minusMonths(1).toInstant(),
                    range.end().atOffset(zone).minusMonths(1).toInstant());
            case LAST_YEAR:
                return new TimeRange(range.start().atOffset(zone).minusYears(1).toInstant(),
                    range.end().atOffset(zone).minusYears(1).toInstant());
            default:
                throw new IllegalStateException("Unknown comparison " + this);
        }
    }
}
