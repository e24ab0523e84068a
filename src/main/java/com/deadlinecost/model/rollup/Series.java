package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.DisplayNames;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart series: a group (or "Other") with one value per bucket of its {@link SeriesSet}.
 * Immutable: the values are copied in and out.
 */
public final class Series {

    private final String groupValue;
    private final boolean other;
    private final double total;
    private final double[] values;

    Series(String groupValue, boolean other, double total, double[] values) {
        this.groupValue = groupValue;
        this.other = other;
        this.total = total;
        this.values = values.clone();
    }

    /** The same series with other values, for example over a longer timeline. */
    Series withValues(double[] newValues) {
        return new Series(groupValue, other, total, newValues);
    }

    /** The group's value of the chart's dimension (an id for queues, fleets, users and jobs). */
    public Optional<String> groupValue() {
        return Optional.ofNullable(groupValue);
    }

    /** Whether this is the "Other" series folding the groups beyond the top N. */
    public boolean isOther() {
        return other;
    }

    /** The name to show for this series of {@code dimension}: ids resolved through {@code names}. */
    public String name(DisplayNames names, GroupField dimension) {
        return other ? DisplayNames.OTHER_LABEL : names.name(dimension, groupValue);
    }

    /**
     * The raw label: the group value, {@link DisplayNames#OTHER_LABEL} or {@link DisplayNames#NONE_LABEL}; ids
     * are resolved by {@link #name(DisplayNames, GroupField)}.
     */
    public String label() {
        if (other) {
            return DisplayNames.OTHER_LABEL;
        }
        return groupValue == null ? DisplayNames.NONE_LABEL : groupValue;
    }

    /** The measure over the whole range, the value the series was ranked by. */
    public double total() {
        return total;
    }

    /** The number of values (one per bucket). */
    public int size() {
        return values.length;
    }

    /** The value in bucket {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** A copy of the values, one per bucket. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Series)) {
            return false;
        }
        Series that = (Series) other;
        return this.other == that.other && Double.compare(total, that.total) == 0
            && Objects.equals(groupValue, that.groupValue) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(groupValue, other, total) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Series[" + label() + ", total=" + total + ", values=" + Arrays.toString(values) + "]";
    }
}
