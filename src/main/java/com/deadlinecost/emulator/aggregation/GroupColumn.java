package com.deadlinecost.emulator.aggregation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One grouped-by column of a {@link SessionTable} seen as keys {@code 0..cardinality-1}: key 0 means "no value"
 * (an instance type of a licence session), key {@code code + 1} the dictionary value. Ranks order keys by value, so
 * rows sort by the strings without comparing strings per row.
 */
final class GroupColumn {
    private final int[] codes;
    private final String[] valuesByKey;
    private final int[] rankByKey;
    private final int[] keyByRank;

    private GroupColumn(int[] codes, String[] valuesByKey) {
        this.codes = codes;
        this.valuesByKey = valuesByKey;
        Integer[] keys = new Integer[valuesByKey.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i;
        }
        Arrays.sort(keys, Comparator.comparing((Integer key) -> key == 0 ? "" : valuesByKey[key]));
        rankByKey = new int[keys.length];
        keyByRank = new int[keys.length];
        for (int rank = 0; rank < keys.length; rank++) {
            rankByKey[keys[rank]] = rank;
            keyByRank[rank] = keys[rank];
        }
    }

    static GroupColumn of(SessionTable table, GroupField field) {
        switch (field) {
            case QUEUE_ID:
                return fromDictionary(table.queue, table.queues);
            case FLEET_ID:
                return fromDictionary(table.fleet, table.fleets);
            case JOB_ID:
                return fromDictionary(table.job, table.jobs);
            case USER_ID:
                return fromDictionary(table.user, table.users);
            case INSTANCE_TYPE:
                return fromDictionary(table.instanceType, table.instanceTypes);
            case LICENSE_PRODUCT:
                return fromDictionary(table.licenseProduct, table.licenseProducts);
            case USAGE_TYPE:
                String[] names = new String[UsageType.values().length + 1];
                for (UsageType type : UsageType.values()) {
                    names[type.ordinal() + 1] = type.name();
                }
                return new GroupColumn(table.usage, names);
            default:
                throw new IllegalArgumentException("Unknown group field " + field);
        }
    }

    /** A single key for "no grouping", used as the second column of a one-field groupBy. */
    static GroupColumn none() {
        return new GroupColumn(null, new String[] {null});
    }

    private static GroupColumn fromDictionary(int[] codes, Dictionary dictionary) {
        String[] values = new String[dictionary.size() + 1];
        for (int code = 0; code < dictionary.size(); code++) {
            values[code + 1] = dictionary.value(code);
        }
        return new GroupColumn(codes, values);
    }

    int keyOf(int row) {
        return codes == null ? 0 : codes[row] + 1;
    }

    int cardinality() {
        return valuesByKey.length;
    }

    int rank(int key) {
        return rankByKey[key];
    }

    int keyOfRank(int rank) {
        return keyByRank[rank];
    }

    /** The value of a key, null for key 0. */
    String value(int key) {
        return valuesByKey[key];
    }
}
