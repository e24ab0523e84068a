package com.deadlinecost.model.insight;

import com.deadlinecost.model.row.GroupKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every group's change between two ranges, largest first, with totals that are the exact sums of the groups' cents
 * (so the waterfall's steps add up to the difference of its two ends).
 */
public final class ChangeSummary {
    private final List<GroupChange> groups;

    ChangeSummary(List<GroupChange> groups) {
        this.groups = Collections.unmodifiableList(new ArrayList<>(groups));
    }

    /** The groups, largest absolute change first. */
    public List<GroupChange> groups() {
        return groups;
    }

    /** The change of {@code group}, if it appears in either range. */
    public Optional<GroupChange> of(GroupKey group) {
        return groups.stream().filter(change -> change.group().equals(group)).findFirst();
    }

    public long earlierTotalCents() {
        return groups.stream().mapToLong(GroupChange::earlierCents).sum();
    }

    public long currentTotalCents() {
        return groups.stream().mapToLong(GroupChange::currentCents).sum();
    }

    public long changeCents() {
        return currentTotalCents() - earlierTotalCents();
    }

    public long runtimeEffectCents() {
        return groups.stream().mapToLong(GroupChange::runtimeEffectCents).sum();
    }

    public long rateEffectCents() {
        return groups.stream().mapToLong(GroupChange::rateEffectCents).sum();
    }

    /**
     * The waterfall from the earlier total to the current total: one step per group for the {@code topN} largest
     * changes, the rest summed as "Other" (absent when there is no rest). Steps add up to the change exactly.
     */
    public List<WaterfallStep> waterfall(int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("Show at least one group in the waterfall; got " + topN);
        }
        List<WaterfallStep> steps = new ArrayList<>();
        int shown = Math.min(topN, groups.size());
        for (GroupChange change : groups.subList(0, shown)) {
            steps.add(new WaterfallStep(Optional.of(change.group()), change.changeCents(),
                change.runtimeEffectCents(), change.rateEffectCents()));
        }
        if (groups.size() > shown) {
            List<GroupChange> rest = groups.subList(shown, groups.size());
            steps.add(new WaterfallStep(Optional.empty(), rest.stream().mapToLong(GroupChange::changeCents).sum(),
                rest.stream().mapToLong(GroupChange::runtimeEffectCents).sum(),
                rest.stream().mapToLong(GroupChange::rateEffectCents).sum()));
        }
        return Collections.unmodifiableList(steps);
    }

    /**
     * One step of the waterfall.
     *
     * @param group the group, empty for "Other"
     * @param changeCents the step's height
     * @param runtimeEffectCents its runtime part
     * @param rateEffectCents its rate part
     */
    public record WaterfallStep(Optional<GroupKey> group, long changeCents, long runtimeEffectCents,
                                long rateEffectCents) {
        /** Whether this is the step of all groups not shown on their own. */
        public boolean isOther() {
            return group.isEmpty();
        }
    }
}
