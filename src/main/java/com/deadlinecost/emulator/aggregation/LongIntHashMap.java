package com.deadlinecost.emulator.aggregation;

import java.util.Arrays;

/** Open-addressing map from a non-negative long key to a dense slot number, for the aggregation's group keys. */
final class LongIntHashMap {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] slots;
    private long[] keyBySlot = new long[1024];
    private int size;
    private int mask;

    LongIntHashMap() {
        keys = new long[1024];
        slots = new int[1024];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
    }

    /** The slot of {@code key}; a new key gets the next free slot number ({@link #size()} before the call). */
    int slotOf(long key) {
        int index = mix(key) & mask;
        while (true) {
            long present = keys[index];
            if (present == key) {
                return slots[index];
            }
            if (present == EMPTY) {
                keys[index] = key;
                slots[index] = size;
                if (size == keyBySlot.length) {
                    keyBySlot = Arrays.copyOf(keyBySlot, size * 2);
                }
                keyBySlot[size] = key;
                size++;
                if (size * 2 > keys.length) {
                    rehash();
                }
                return size - 1;
            }
            index = (index + 1) & mask;
        }
    }

    /** The slot of {@code key}, or -1. */
    int find(long key) {
        int index = mix(key) & mask;
        while (true) {
            long present = keys[index];
            if (present == key) {
                return slots[index];
            }
            if (present == EMPTY) {
                return -1;
            }
            index = (index + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    /** The keys in slot order. */
    long[] keysBySlot() {
        return Arrays.copyOf(keyBySlot, size);
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int index = mix(oldKeys[i]) & mask;
                while (keys[index] != EMPTY) {
                    index = (index + 1) & mask;
                }
                keys[index] = oldKeys[i];
                slots[index] = oldSlots[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
