package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.Stats;

/**
 * Maps the SDK's statistics items to compact rows, sharing group keys and buckets across rows. Absent
 * statistics stay absent; a row that lacks a grouped-by value (a newer service omitting it) gets "(none)".
 *
 * <p>A row costs the row and nothing else: keys and buckets already seen are found by looking up the item's own
 * strings and instants (no key or bucket is built to be thrown away), the statistics mask is computed once, and the
 * statistic values do not escape the row's constructor. Not thread-safe: one mapper maps one run's pages in order.
 */
final class StatisticsRowMapper {
    static final String NO_VALUE = "(none)";

    private final GroupKeyPool keys;
    private final BucketPool buckets;
    private final GroupField firstField;
    private final GroupField secondField;
    private final int statisticsMask;
    /** One field: value -> key. Two fields: first value -> (second value -> key). */
    private final Map<String, Object> keysByValue = new HashMap<>();
    private final Map<Instant, Bucket> bucketsByStart = new HashMap<>();

    StatisticsRowMapper(StatisticsQuery query, GroupKeyPool keys, BucketPool buckets) {
        this.keys = keys;
        this.buckets = buckets;
        this.firstField = query.groupBy().get(0);
        this.secondField = query.groupBy().size() > 1 ? query.groupBy().get(1) : null;
        this.statisticsMask = Statistic.maskOf(query.statistics());
    }

    CostRow map(Statistics item) {
        GroupKey group = groupOf(item);
        Bucket bucket = bucketOf(item.aggregationStartTime(), item.aggregationEndTime());
        long count = item.count() == null ? 0 : item.count();
        return new CostRow(group, bucket, count, statisticsMask, values(item.costInUsd()),
            values(item.runtimeInSeconds()));
    }

    @SuppressWarnings("unchecked")
    private GroupKey groupOf(Statistics item) {
        String first = valueOf(item, firstField);
        if (secondField == null) {
            GroupKey known = (GroupKey) keysByValue.get(first);
            if (known == null) {
                known = intern(GroupKey.of(firstField, first), item);
                keysByValue.put(first, known);
            }
            return known;
        }
        String second = valueOf(item, secondField);
        Map<String, GroupKey> bySecond = (Map<String, GroupKey>) keysByValue.get(first);
        if (bySecond == null) {
            bySecond = new HashMap<>();
            keysByValue.put(first, bySecond);
        }
        GroupKey known = bySecond.get(second);
        if (known == null) {
            known = intern(GroupKey.of(firstField, first, secondField, second), item);
            bySecond.put(second, known);
        }
        return known;
    }

    // The name goes on before interning: the pool keeps the first key it sees, and names take no part in equals.
    private GroupKey intern(GroupKey key, Statistics item) {
        if (key.groups(GroupField.JOB_ID) && item.jobName() != null && !item.jobName().isBlank()) {
            return keys.intern(key.withJobName(item.jobName()));
        }
        return keys.intern(key);
    }

    private Bucket bucketOf(Instant start, Instant end) {
        Bucket known = start == null ? null : bucketsByStart.get(start);
        if (known != null && known.end().equals(end)) {
            return known;
        }
        Bucket bucket = buckets.bucket(start, end);
        bucketsByStart.putIfAbsent(start, bucket);
        return bucket;
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
            return StatisticValues.ABSENT;
        }
        return new StatisticValues(orNaN(stats.min()), orNaN(stats.max()), orNaN(stats.avg()), orNaN(stats.sum()));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
