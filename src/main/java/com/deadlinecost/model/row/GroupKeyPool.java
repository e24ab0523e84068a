package com.deadlinecost.model.row;

import com.deadlinecost.model.query.GroupField;

/**
 * Interns {@link GroupKey}s so that all rows of one group share one key object (and its id strings).
 * Use one pool per query run, or one for the app's lifetime: keys are small and few. Thread-safe.
 */
public final class GroupKeyPool {

    private final Interner<GroupKey> keys = new Interner<>();

    /** The canonical key equal to {@code key}: the first such key this pool saw. */
    public GroupKey intern(GroupKey key) {
        return keys.intern(key);
    }

    /** The canonical key of a group by one field. */
    public GroupKey key(GroupField field, String value) {
        return intern(GroupKey.of(field, value));
    }

    /** The canonical key of a group by two different fields. */
    public GroupKey key(GroupField field, String value, GroupField otherField, String otherValue) {
        return intern(GroupKey.of(field, value, otherField, otherValue));
    }

    /** How many distinct keys the pool holds. */
    public int size() {
        return keys.size();
    }
}
