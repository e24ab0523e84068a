package com.deadlinecost.service.deadline;

import com.deadlinecost.model.rollup.Rollup;
import com.deadlinecost.model.row.CostRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects rows of several aggregations over different resources and combines rows of the same group and bucket
 * (by user over queues 1-10 and over queues 11-20, say) as one aggregation over all of them would have computed
 * them: count and sum add, min of mins, max of maxes, avg = combined sum / combined count (weighted by count when
 * only AVG is present). A row no other chunk shares is kept exactly as the service sent it.
 */
final class RowMerger {
    /** Keeps every group field and bucket: only rows with equal keys combine. */
    private static final Rollup SAME_GROUP_AND_BUCKET = Rollup.keepingAllFields();
    /** The service's own order: by bucket, then by group. */
    private static final Comparator<CostRow> SERVICE_ORDER =
        Comparator.comparing(CostRow::bucket).thenComparing(CostRow::group);

    private final Map<RowKey, CostRow> rows = new HashMap<>();

    void addAll(Collection<CostRow> more) {
        for (CostRow row : more) {
            rows.merge(RowKey.of(row), row, RowMerger::combine);
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The merged rows in the service's order; the merger is empty afterwards. */
    List<CostRow> drain() {
        List<CostRow> merged = new ArrayList<>(rows.values());
        merged.sort(SERVICE_ORDER);
        rows.clear();
        return merged;
    }

    static CostRow combine(CostRow one, CostRow other) {
        return SAME_GROUP_AND_BUCKET.apply(List.of(one, other)).get(0);
    }
}
