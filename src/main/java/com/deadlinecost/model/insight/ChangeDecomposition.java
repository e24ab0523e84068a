package com.deadlinecost.model.insight;

import com.deadlinecost.model.insight.GroupChange.Status;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.rollup.Rollup;
import com.deadlinecost.model.rollup.TimeBucketing;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits each group's change in cost between two ranges into a runtime effect and a rate effect.
 *
 * <p>With earlier cost C0 over runtime R0 and current cost C1 over R1, the earlier rate is r0 = C0 / R0 and the
 * current r1 = C1 / R1. The runtime effect is (R1 - R0) x r0, the rate effect (r1 - r0) x R1; they add up to
 * C1 - C0 exactly in real numbers. To make the identity exact in what people read, every cost is first rounded to
 * the cent (so the change is a whole number of cents and the total change is the sum of the groups' changes), the
 * runtime effect is computed in BigDecimal and rounded half to even to the cent, and the rate effect is the change
 * minus the runtime effect: the rate effect carries the rounding residue, at most half a cent, deterministically.
 * A group without runtime on one side (new, vanished, or a cost without hours) has no earlier or current rate, so
 * its whole change is runtime effect.
 */
public final class ChangeDecomposition {
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ChangeDecomposition() {
    }

    /**
     * The changes of every group of {@code fields} between the rows of the earlier and the current range, ordered
     * by the size of the change, largest first (ties by group).
     *
     * @throws IllegalArgumentException when rows lack both the sum and the average statistic
     */
    public static ChangeSummary of(Collection<CostRow> earlier, Collection<CostRow> current,
                                   Collection<GroupField> fields) {
        Rollup perGroup = Rollup.keeping(fields).over(TimeBucketing.wholeRange());
        Map<GroupKey, CostRow> before = byGroup(perGroup.apply(earlier));
        Map<GroupKey, CostRow> after = byGroup(perGroup.apply(current));
        Map<GroupKey, GroupChange> changes = new TreeMap<>();
        for (Map.Entry<GroupKey, CostRow> entry : before.entrySet()) {
            changes.put(entry.getKey(), change(entry.getKey(), entry.getValue(), after.get(entry.getKey())));
        }
        for (Map.Entry<GroupKey, CostRow> entry : after.entrySet()) {
            changes.computeIfAbsent(entry.getKey(), key -> change(key, null, entry.getValue()));
        }
        List<GroupChange> ordered = new ArrayList<>(changes.values());
        ordered.sort(Comparator.comparingLong((GroupChange change) -> -Math.abs(change.changeCents()))
            .thenComparing(GroupChange::group));
        return new ChangeSummary(ordered);
    }

    /** One group's change from its totals; a side without rows is null. */
    static GroupChange change(GroupKey group, CostRow earlier, CostRow current) {
        long earlierCents = earlier == null ? 0 : Cents.of(cost(earlier));
        long currentCents = current == null ? 0 : Cents.of(cost(current));
        double earlierRuntime = earlier == null ? 0 : runtime(earlier);
        double currentRuntime = current == null ? 0 : runtime(current);
        Status status = earlier == null ? Status.NEW : current == null ? Status.VANISHED : Status.CONTINUING;
        return decompose(group, status, earlierCents, currentCents, earlierRuntime, currentRuntime);
    }

    /** The decomposition of a change given in cents and seconds. */
    public static GroupChange decompose(GroupKey group, Status status, long earlierCents, long currentCents,
                                        double earlierRuntime, double currentRuntime) {
        long change = currentCents - earlierCents;
        long runtimeEffect;
        if (earlierRuntime > 0 && currentRuntime > 0) {
            BigDecimal earlierRate = BigDecimal.valueOf(earlierCents).divide(new BigDecimal(earlierRuntime),
                PRECISION);
            BigDecimal hours = new BigDecimal(currentRuntime).subtract(new BigDecimal(earlierRuntime));
            runtimeEffect = hours.multiply(earlierRate).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
        } else {
            runtimeEffect = change;
        }
        return new GroupChange(group, status, earlierCents, currentCents, earlierRuntime, currentRuntime,
            runtimeEffect, change - runtimeEffect);
    }

    private static double cost(CostRow row) {
        double cost = row.costTotal();
        if (Double.isNaN(cost)) {
            throw new IllegalArgumentException("Comparing ranges needs the sum or average statistic of cost");
        }
        return cost;
    }

    private static double runtime(CostRow row) {
        double runtime = row.runtimeTotal();
        return Double.isNaN(runtime) ? 0 : runtime;
    }

    private static Map<GroupKey, CostRow> byGroup(List<CostRow> rows) {
        Map<GroupKey, CostRow> map = new TreeMap<>();
        for (CostRow row : rows) {
            map.put(row.group(), row);
        }
        return map;
    }
}
