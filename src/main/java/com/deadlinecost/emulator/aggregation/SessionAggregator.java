package com.deadlinecost.emulator.aggregation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes session statistics the way the service does: sessions of the farm and the requested queues or fleets,
 * clipped to the range, split at bucket edges, summed per group and bucket. One pass of primitive loops over the
 * columns of a {@link SessionTable}.
 */
public final class SessionAggregator {
    private SessionAggregator() {
    }

    /** The full result with no size limit, in the service's stable order (bucket, then group values). */
    public static List<StatisticsRow> aggregate(SessionTable table, AggregationRequest request) {
        return aggregate(table, request, Integer.MAX_VALUE);
    }

    /**
     * The result, or {@link ResultTooLargeException} as soon as it would hold more than {@code rowLimit} rows.
     */
    public static List<StatisticsRow> aggregate(SessionTable table, AggregationRequest request, int rowLimit) {
        long[] edges = BucketBoundaries.of(request.startTime(), request.endTime(), request.offset(), request.period());
        int farmCode = table.farms.find(request.farmId());
        if (farmCode < 0) {
            return List.of();
        }
        boolean queues = request.resourceKind() == ResourceKind.QUEUE;
        boolean[] selected = selection(queues ? table.queues : table.fleets, request);
        int[] resource = queues ? table.queue : table.fleet;
        GroupColumn first = GroupColumn.of(table, request.groupBy().get(0));
        GroupColumn second = request.groupBy().size() > 1
            ? GroupColumn.of(table, request.groupBy().get(1)) : GroupColumn.none();
        long secondCardinality = second.cardinality();
        long groupCardinality = first.cardinality() * secondCardinality;
        int buckets = edges.length - 1;
        long rangeStart = edges[0];
        long rangeEnd = edges[buckets];
        LongIntHashMap slots = new LongIntHashMap();
        Accumulators sums = new Accumulators();
        for (int row = 0; row < table.size; row++) {
            if (table.farm[row] != farmCode || !selected[resource[row]]) {
                continue;
            }
            long start = Math.max(table.startMs[row], rangeStart);
            long end = Math.min(table.endMs[row], rangeEnd);
            if (start >= end) {
                continue;
            }
            long group = first.keyOf(row) * secondCardinality + second.keyOf(row);
            long rate = table.rateUnits[row];
            for (int bucket = BucketBoundaries.bucketOf(edges, start); bucket < buckets && edges[bucket] < end;
                bucket++) {
                long millis = Math.min(end, edges[bucket + 1]) - Math.max(start, edges[bucket]);
                if (millis > 0) {
                    int slot = slots.slotOf(bucket * groupCardinality + group);
                    if (slot == sums.size()) {
                        if (slot >= rowLimit) {
                            throw new ResultTooLargeException(rowLimit);
                        }
                        sums.addSlot();
                    }
                    sums.add(slot, millis, millis * rate);
                }
            }
        }
        return rows(table, request, edges, first, second, slots, sums);
    }

    private static boolean[] selection(Dictionary dictionary, AggregationRequest request) {
        boolean[] selected = new boolean[dictionary.size()];
        for (String id : request.resourceIds()) {
            int code = dictionary.find(id);
            if (code >= 0) {
                selected[code] = true;
            }
        }
        return selected;
    }

    private static List<StatisticsRow> rows(SessionTable table, AggregationRequest request, long[] edges,
        GroupColumn first, GroupColumn second, LongIntHashMap slots, Accumulators sums) {
        long secondCardinality = second.cardinality();
        long groupCardinality = first.cardinality() * secondCardinality;
        // Sort by bucket, then the ranks of the group values: one long per row encodes all three.
        long[] keys = slots.keysBySlot();
        long[] order = new long[keys.length];
        for (int slot = 0; slot < keys.length; slot++) {
            long key = keys[slot];
            long bucket = key / groupCardinality;
            int key1 = (int) (key % groupCardinality / secondCardinality);
            int key2 = (int) (key % secondCardinality);
            order[slot] = bucket * groupCardinality + first.rank(key1) * secondCardinality + second.rank(key2);
        }
        Arrays.sort(order);
        for (int i = 0; i < order.length; i++) {
            long sortKey = order[i];
            long bucket = sortKey / groupCardinality;
            int key1 = first.keyOfRank((int) (sortKey % groupCardinality / secondCardinality));
            int key2 = second.keyOfRank((int) (sortKey % secondCardinality));
            order[i] = bucket * groupCardinality + key1 * secondCardinality + key2;
        }
        List<StatisticsRow> rows = new ArrayList<>(order.length);
        GroupField firstField = request.groupBy().get(0);
        GroupField secondField = request.groupBy().size() > 1 ? request.groupBy().get(1) : null;
        for (long key : order) {
            int slot = slots.find(key);
            int bucket = (int) (key / groupCardinality);
            int key1 = (int) (key % groupCardinality / secondCardinality);
            int key2 = (int) (key % secondCardinality);
            Map<GroupField, String> groups = new EnumMap<>(GroupField.class);
            putIfPresent(groups, firstField, first.value(key1));
            if (secondField != null) {
                putIfPresent(groups, secondField, second.value(key2));
            }
            String jobId = groups.get(GroupField.JOB_ID);
            String jobName = jobId == null ? null : table.jobNames[table.jobs.find(jobId)];
            rows.add(new StatisticsRow(Instant.ofEpochMilli(edges[bucket]), Instant.ofEpochMilli(edges[bucket + 1]),
                groups, jobName, sums.count[slot],
                new ExactStats(sums.costSum[slot], sums.costMin[slot], sums.costMax[slot]),
                new ExactStats(sums.runtimeSum[slot], sums.runtimeMin[slot], sums.runtimeMax[slot])));
        }
        return rows;
    }

    private static void putIfPresent(Map<GroupField, String> groups, GroupField field, String value) {
        if (value != null) {
            groups.put(field, value);
        }
    }

    /** Per-slot running count, sum, min and max of run time and cost, in parallel primitive arrays. */
    private static final class Accumulators {
        private int size;
        private long[] count = new long[256];
        private long[] costSum = new long[256];
        private long[] costMin = new long[256];
        private long[] costMax = new long[256];
        private long[] runtimeSum = new long[256];
        private long[] runtimeMin = new long[256];
        private long[] runtimeMax = new long[256];

        int size() {
            return size;
        }

        void addSlot() {
            if (size == count.length) {
                int capacity = size * 2;
                count = Arrays.copyOf(count, capacity);
                costSum = Arrays.copyOf(costSum, capacity);
                costMin = Arrays.copyOf(costMin, capacity);
                costMax = Arrays.copyOf(costMax, capacity);
                runtimeSum = Arrays.copyOf(runtimeSum, capacity);
                runtimeMin = Arrays.copyOf(runtimeMin, capacity);
                runtimeMax = Arrays.copyOf(runtimeMax, capacity);
            }
            costMin[size] = Long.MAX_VALUE;
            costMax[size] = Long.MIN_VALUE;
            runtimeMin[size] = Long.MAX_VALUE;
            runtimeMax[size] = Long.MIN_VALUE;
            size++;
        }

        void add(int slot, long millis, long cost) {
            count[slot]++;
            runtimeSum[slot] += millis;
            runtimeMin[slot] = Math.min(runtimeMin[slot], millis);
            runtimeMax[slot] = Math.max(runtimeMax[slot], millis);
            costSum[slot] += cost;
            costMin[slot] = Math.min(costMin[slot], cost);
            costMax[slot] = Math.max(costMax[slot], cost);
        }
    }
}
