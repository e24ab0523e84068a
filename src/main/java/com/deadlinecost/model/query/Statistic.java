package com.deadlinecost.model.query;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A statistic the service can compute over session contributions, for both cost and runtime.
 * Each constant owns one bit so that a row can record which statistics it carries in a single byte.
 */
public enum Statistic {
    SUM("Sum"),
    MIN("Min"),
    MAX("Max"),
    AVG("Average");

    /** The mask with every statistic present. */
    public static final int ALL_MASK = (1 << values().length) - 1;

    private final String label;

    Statistic(String label) {
        this.label = label;
    }

    /** The word a person reads, e.g. "Average". */
    public String label() {
        return label;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static int maskOf(Collection<Statistic> statistics) {
        int mask = 0;
        for (Statistic statistic : statistics) {
            mask |= statistic.bit();
        }
        return mask;
    }

    public static Set<Statistic> setOf(int mask) {
        EnumSet<Statistic> set = EnumSet.noneOf(Statistic.class);
        for (Statistic statistic : values()) {
            if ((mask & statistic.bit()) != 0) {
                set.add(statistic);
            }
        }
        return set;
    }
}
