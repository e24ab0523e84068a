package com.deadlinecost.model.insight;

import com.deadlinecost.model.row.GroupKey;
import java.util.Objects;

/**
 * How one group's cost changed from the earlier range to the current one, split into a runtime effect (more or
 * fewer hours at the earlier cost per hour) and a rate effect (the current hours at a different cost per hour).
 * All money is in whole cents and {@code runtimeEffectCents + rateEffectCents == changeCents} always.
 *
 * @param group the group
 * @param status whether the group is new, vanished or in both ranges
 * @param earlierCents the earlier cost
 * @param currentCents the current cost
 * @param earlierRuntimeSeconds the earlier runtime
 * @param currentRuntimeSeconds the current runtime
 * @param runtimeEffectCents the part of the change that more or fewer hours explain
 * @param rateEffectCents the part that a different cost per hour explains (and the rounding residue)
 */
public record GroupChange(GroupKey group, Status status, long earlierCents, long currentCents,
                          double earlierRuntimeSeconds, double currentRuntimeSeconds, long runtimeEffectCents,
                          long rateEffectCents) {

    /** Whether the group appears in one range or both. */
    public enum Status {
        NEW("new"),
        VANISHED("vanished"),
        CONTINUING("");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The mark shown next to the group ("new", "vanished"), empty for a group in both ranges. */
        public String label() {
            return label;
        }
    }

    /** Checks the identity the decomposition promises. */
    public GroupChange {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(status, "status");
        if (runtimeEffectCents + rateEffectCents != currentCents - earlierCents) {
            throw new IllegalArgumentException("Runtime and rate effects must add up to the change");
        }
    }

    /** The change in cents, current minus earlier. */
    public long changeCents() {
        return currentCents - earlierCents;
    }

    /** The change as a fraction of the earlier cost; NaN when there was no earlier cost. */
    public double changeRatio() {
        return earlierCents == 0 ? Double.NaN : (double) changeCents() / earlierCents;
    }
}
