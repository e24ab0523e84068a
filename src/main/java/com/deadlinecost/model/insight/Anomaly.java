package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something abnormal in a result: a group's bucket far above what the group usually costs then, or a job whose
 * sessions ran far longer than its queue's usually do.
 *
 * @param kind spend spike or runaway session
 * @param group the group (for a runaway: queue or fleet and job)
 * @param start the start of the bucket (for a runaway: of the first bucket the job ran in)
 * @param end the end of the bucket
 * @param actualUsd what it cost
 * @param expectedUsd what it would usually have cost
 * @param score how far above usual, in robust standard deviations (for a runaway: its longest session over the
 *     queue's usual longest session)
 * @param detail one line of what was seen, e.g. the longest session's hours
 * @param contributors what made up the excess one level down, largest first
 */
public record Anomaly(Kind kind, GroupKey group, Instant start, Instant end, double actualUsd, double expectedUsd,
                      double score, String detail, List<Contributor> contributors) {

    /** The kinds of anomaly. */
    public enum Kind {
        SPEND_SPIKE("Spend spike"),
        RUNAWAY_SESSION("Runaway session");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One contributor to an anomaly, one level down (a job or user of a queue's spike).
     *
     * @param group the contributor's group key
     * @param costUsd its cost in the anomaly's bucket
     */
    public record Contributor(GroupKey group, double costUsd) {
    }

    public Anomaly {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        contributors = List.copyOf(contributors);
        detail = detail == null ? "" : detail;
    }

    /** Actual minus expected. */
    public double excessUsd() {
        return actualUsd - expectedUsd;
    }

    /** The same anomaly with its contributors. */
    public Anomaly withContributors(List<Contributor> found) {
        return new Anomaly(kind, group, start, end, actualUsd, expectedUsd, score, detail, found);
    }

    /**
     * The key an "expected" mark is remembered by: kind, group values and bucket start. Stable across runs and
     * versions, and free of display names, which can change.
     */
    public String markKey() {
        StringBuilder key = new StringBuilder(kind.name());
        for (GroupField field : group.fields()) {
            key.append('|').append(field.name()).append('=').append(group.valueOrNull(field));
        }
        return key.append('@').append(start).toString();
    }
}
