package com.deadlinecost.model.rollup;

import java.util.Arrays;

/**
 * A map from long to non-negative int with open addressing, so that the regroup hot loop looks up
 * its (group, slot) cell without boxing a Long per row.
 */
final class LongIntHashMap {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntHashMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
        size = 0;
    }

    /** The value for {@code key}, or -1. */
    int get(long key) {
        int index = slot(key);
        while (values[index] != ABSENT) {
            if (keys[index] == key) {
                return values[index];
            }
            index = (index + 1) & mask;
        }
        return ABSENT;
    }

    /** Maps {@code key} to {@code value} (not negative), replacing any earlier value. */
    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int index = slot(key);
        while (values[index] != ABSENT) {
            if (keys[index] == key) {
                values[index] = value;
                return;
            }
            index = (index + 1) & mask;
        }
        keys[index] = key;
        values[index] = value;
        size++;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
