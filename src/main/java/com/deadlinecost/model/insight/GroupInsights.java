package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.row.GroupKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an investigation adds to the grouped table, looked up per group: the change from the earlier range (when
 * the query was compared) and the anomalies that concern the group. Immutable; the changes are indexed once, since
 * a table asks per cell.
 */
public final class GroupInsights {
    /** Nothing found yet: no comparison and no anomalies. */
    public static final GroupInsights NONE = new GroupInsights(null, null, null, List.of());

    private final CompareWith comparedWith;
    private final TimeRange earlierRange;
    private final ChangeSummary changes;
    private final List<Anomaly> anomalies;
    private final Map<GroupKey, GroupChange> byGroup = new HashMap<>();

    /**
     * @param comparedWith the earlier range's kind, null when the query was not compared
     * @param earlierRange the earlier range, null when the query was not compared
     * @param changes every group's change, null when the query was not compared
     * @param anomalies the anomalies shown, largest excess first
     */
    public GroupInsights(CompareWith comparedWith, TimeRange earlierRange, ChangeSummary changes,
                         List<Anomaly> anomalies) {
        this.comparedWith = comparedWith;
        this.earlierRange = earlierRange;
        this.changes = changes;
        this.anomalies = List.copyOf(anomalies);
        if (changes != null) {
            for (GroupChange change : changes.groups()) {
                byGroup.put(change.group(), change);
            }
        }
    }

    /** The same comparison with other anomalies, e.g. after one was marked expected. */
    public GroupInsights withAnomalies(List<Anomaly> shown) {
        return new GroupInsights(comparedWith, earlierRange, changes, shown);
    }

    public CompareWith comparedWith() {
        return comparedWith;
    }

    public TimeRange earlierRange() {
        return earlierRange;
    }

    public ChangeSummary changes() {
        return changes;
    }

    public List<Anomaly> anomalies() {
        return anomalies;
    }

    /** Whether the query was compared with an earlier range. */
    public boolean compared() {
        return changes != null;
    }

    /** The change of the group whose key is {@code group}, when the query was compared and it appears in either. */
    public Optional<GroupChange> change(GroupKey group) {
        return Optional.ofNullable(byGroup.get(group));
    }

    /** The groups that spent in the earlier range and not in this one, largest earlier cost first. */
    public List<GroupChange> vanished() {
        if (changes == null) {
            return List.of();
        }
        List<GroupChange> gone = new ArrayList<>();
        for (GroupChange change : changes.groups()) {
            if (change.status() == GroupChange.Status.VANISHED) {
                gone.add(change);
            }
        }
        gone.sort(Comparator.comparingLong(GroupChange::earlierCents).reversed());
        return gone;
    }

    /**
     * The anomalies of a table line keyed {@code line}: those whose group has the line's value in every field of
     * the line (so a runaway job of a queue belongs to the queue's line), largest excess first.
     */
    public List<Anomaly> anomaliesOf(GroupKey line) {
        List<Anomaly> of = new ArrayList<>();
        for (Anomaly anomaly : anomalies) {
            if (belongsTo(anomaly.group(), line)) {
                of.add(anomaly);
            }
        }
        return of;
    }

    private static boolean belongsTo(GroupKey anomaly, GroupKey line) {
        if (line.fields().isEmpty()) {
            return false;
        }
        for (GroupField field : line.fields()) {
            if (!anomaly.fields().contains(field)
                || !Objects.equals(anomaly.valueOrNull(field), line.valueOrNull(field))) {
                return false;
            }
        }
        return true;
    }
}
