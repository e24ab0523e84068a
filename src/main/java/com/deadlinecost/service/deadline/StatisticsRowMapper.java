package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.model.row.StatisticValues;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.Stats;

/**
 * Maps the SDK's statistics items to compact rows, sharing group keys and buckets across rows. Absent
 * statistics stay absent; a row that lacks a grouped-by value (a newer service omitting it) gets "(none)".
 */
final class StatisticsRowMapper {
    static final String NO_VALUE = "(none)";

    private final StatisticsQuery query;
    private final GroupKeyPool keys;
    private final BucketPool buckets;

    StatisticsRowMapper(StatisticsQuery query, GroupKeyPool keys, BucketPool buckets) {
        this.query = query;
        this.keys = keys;
        this.buckets = buckets;
    }

    CostRow map(Statistics item) {
        GroupKey group = groupOf(item);
        Bucket bucket = buckets.bucket(item.aggregationStartTime(), item.aggregationEndTime());
        long count = item.count() == null ? 0 : item.count();
        return new CostRow(group, bucket, count, query.statistics(), values(item.costInUsd()),
            values(item.runtimeInSeconds()));
    }

    // The job's name is attached before the key is interned: the pool's first key of a group is the one every row
    // shares, and a name added afterwards would be dropped as "equal" to the nameless one.
    private GroupKey groupOf(Statistics item) {
        GroupField first = query.groupBy().get(0);
        GroupKey key = query.groupBy().size() == 1
            ? GroupKey.of(first, valueOf(item, first))
            : GroupKey.of(first, valueOf(item, first), query.groupBy().get(1), valueOf(item, query.groupBy().get(1)));
        if (key.groups(GroupField.JOB_ID) && item.jobName() != null && !item.jobName().isBlank()) {
            key = key.withJobName(item.jobName());
        }
        return keys.intern(key);
    }

    static String valueOf(Statistics item, GroupField field) {
        String value;
        switch (field) {
            case QUEUE_ID:
                value = item.queueId();
                break;
            case FLEET_ID:
                value = item.fleetId();
                break;
            case JOB_ID:
                value = item.jobId();
                break;
            case USER_ID:
                value = item.userId();
                break;
            case USAGE_TYPE:
                value = item.usageTypeAsString();
                break;
            case INSTANCE_TYPE:
                value = item.instanceType();
                break;
            case LICENSE_PRODUCT:
                value = item.licenseProduct();
                break;
            default:
                throw new IllegalArgumentException("Unknown group field " + field);
        }
        return value == null || value.isBlank() ? NO_VALUE : value;
    }

    private static StatisticValues values(Stats stats) {
        if (stats == null) {
            return new StatisticValues(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new StatisticValues(orNaN(stats.min()), orNaN(stats.max()), orNaN(stats.avg()), orNaN(stats.sum()));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
