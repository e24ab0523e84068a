package com.deadlinecost.service.deadline;

import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;

/** What identifies a result row: its group and its time bucket. One aggregation has one row per key. */
record RowKey(GroupKey group, Bucket bucket) {

    static RowKey of(CostRow row) {
        return new RowKey(row.group(), row.bucket());
    }
}
