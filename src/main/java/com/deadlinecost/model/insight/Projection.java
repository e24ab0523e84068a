package com.deadlinecost.model.insight;

import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;

/**
 * Where a group's (or the total's) spending is heading: what it cost from the start of the month to the as-of
 * time, and the projected cost at the target (the month's end, or a range's end) with an 80 % interval.
 *
 * @param group the group, {@link GroupKey#NONE} for the total
 * @param asOf the time the data reaches
 * @param target the time projected to
 * @param monthToDateUsd the cost from the start of the as-of month to the as-of time
 * @param projectedUsd the expected cost from the start of the month to the target
 * @param lowUsd the lower end of the 80 % interval (never below the month to date)
 * @param highUsd the upper end of the 80 % interval
 */
public record Projection(GroupKey group, Instant asOf, Instant target, double monthToDateUsd, double projectedUsd,
                         double lowUsd, double highUsd) {

    /** Whether {@code actualUsd} lies inside the 80 % interval. */
    public boolean covers(double actualUsd) {
        return actualUsd >= lowUsd && actualUsd <= highUsd;
    }
}
