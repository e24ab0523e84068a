package com.deadlinecost.model.row;

import com.deadlinecost.model.query.GroupField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The identity of a statistics group: the values of zero, one or two group-by fields, e.g.
 * (queue-1, user-7). Immutable; meant to be shared by every row of the group through a
 * {@link GroupKeyPool}, so 100,000 rows hold a few hundred keys instead of 200,000 id strings.
 *
 * <p>Fields are kept in enum order, so (USER_ID, QUEUE_ID) and (QUEUE_ID, USER_ID) are the same key.
 * A grouped field's value may be absent (an instance type on a license row). The job name is a
 * description of the job id, not part of the identity: it does not take part in equals.
 */
public final class GroupKey implements Comparable<GroupKey> {

    /** The key of the one group that covers everything (totals). */
    public static final GroupKey NONE = new GroupKey(null, null, null, null, null);

    private static final Comparator<String> VALUE_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private final GroupField firstField;
    private final String firstValue;
    private final GroupField secondField;
    private final String secondValue;
    private final String jobName;
    private final int hash;

    private GroupKey(GroupField firstField, String firstValue, GroupField secondField, String secondValue,
                     String jobName) {
        this.firstField = firstField;
        this.firstValue = firstValue;
        this.secondField = secondField;
        this.secondValue = secondValue;
        this.jobName = jobName;
        this.hash = Objects.hash(firstField, firstValue, secondField, secondValue);
    }

    /** The key of a group by one field; {@code value} may be null when the service left it absent. */
    public static GroupKey of(GroupField field, String value) {
        return new GroupKey(Objects.requireNonNull(field, "field"), value, null, null, null);
    }

    /** The key of a group by two different fields; values may be null when absent. */
    public static GroupKey of(GroupField field, String value, GroupField otherField, String otherValue) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(otherField, "otherField");
        if (field == otherField) {
            throw new IllegalArgumentException("A group key needs two different fields; got " + field + " twice");
        }
        if (field.compareTo(otherField) < 0) {
            return new GroupKey(field, value, otherField, otherValue, null);
        }
        return new GroupKey(otherField, otherValue, field, value, null);
    }

    /** This key with the job's name attached; only for keys grouped by {@link GroupField#JOB_ID}. */
    public GroupKey withJobName(String name) {
        if (!groups(GroupField.JOB_ID)) {
            throw new IllegalArgumentException("Only a key grouped by job carries a job name: " + this);
        }
        return new GroupKey(firstField, firstValue, secondField, secondValue, name);
    }

    /** The grouped fields, in enum order (empty for {@link #NONE}). */
    public List<GroupField> fields() {
        List<GroupField> fields = new ArrayList<>(2);
        if (firstField != null) {
            fields.add(firstField);
        }
        if (secondField != null) {
            fields.add(secondField);
        }
        return Collections.unmodifiableList(fields);
    }

    /** Whether this key groups by {@code field}. */
    public boolean groups(GroupField field) {
        return field != null && (field == firstField || field == secondField);
    }

    /** The value of {@code field}; empty when the key does not group by it or the service left it absent. */
    public Optional<String> value(GroupField field) {
        return Optional.ofNullable(valueOrNull(field));
    }

    public String valueOrNull(GroupField field) {
        if (field == null) {
            return null;
        }
        if (field == firstField) {
            return firstValue;
        }
        return field == secondField ? secondValue : null;
    }

    /** The job's name when this key groups by job and the service sent one. */
    public Optional<String> jobName() {
        return Optional.ofNullable(jobName);
    }

    /**
     * This key reduced to the fields in {@code keep} (fields it does not group by are ignored), e.g.
     * (queue, user) projected on {QUEUE_ID} is (queue). Keeping nothing gives {@link #NONE}.
     */
    public GroupKey project(Set<GroupField> keep) {
        boolean keepFirst = firstField != null && keep.contains(firstField);
        boolean keepSecond = secondField != null && keep.contains(secondField);
        if (keepFirst && (keepSecond || secondField == null)) {
            return this;
        }
        if (keepFirst) {
            return single(firstField, firstValue);
        }
        return keepSecond ? single(secondField, secondValue) : NONE;
    }

    private GroupKey single(GroupField field, String value) {
        return new GroupKey(field, value, null, null, field == GroupField.JOB_ID ? jobName : null);
    }

    @Override
    public int compareTo(GroupKey other) {
        int order = compareFields(firstField, other.firstField);
        if (order == 0) {
            order = compareFields(secondField, other.secondField);
        }
        if (order == 0) {
            order = VALUE_ORDER.compare(firstValue, other.firstValue);
        }
        return order != 0 ? order : VALUE_ORDER.compare(secondValue, other.secondValue);
    }

    private static int compareFields(GroupField a, GroupField b) {
        return Comparator.nullsFirst(Comparator.<GroupField>naturalOrder()).compare(a, b);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GroupKey)) {
            return false;
        }
        GroupKey that = (GroupKey) other;
        return hash == that.hash && firstField == that.firstField && secondField == that.secondField
            && Objects.equals(firstValue, that.firstValue) && Objects.equals(secondValue, that.secondValue);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        if (firstField == null) {
            return "GroupKey[all]";
        }
        String first = firstField + "=" + firstValue;
        return "GroupKey[" + (secondField == null ? first : first + ", " + secondField + "=" + secondValue) + "]";
    }
}
