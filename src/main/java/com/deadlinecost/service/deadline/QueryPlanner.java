package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.QueryBounds;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one query into service aggregations ("chunks") the service accepts, and splits a chunk whose result is too
 * large. Every cut is exact: resources are split into disjoint groups, and time only at bucket boundaries of the
 * query's period and offset, so each bucket lies wholly in one chunk and its count, min, max and avg come from one
 * aggregation (merging never has to re-derive a bucket from parts of it).
 */
final class QueryPlanner {
    /** The service's limit of queue or fleet ids per aggregation. */
    static final int MAX_RESOURCES_PER_AGGREGATION = QueryBounds.MAX_RESOURCES_PER_AGGREGATION;
    /** Ranges of more buckets are cut in advance rather than after a failed attempt. */
    static final int MAX_BUCKETS_PER_AGGREGATION = QueryBounds.MAX_BUCKETS_PER_AGGREGATION;
    /** Past this many chunks a query is hopeless at this grouping; splitting stops and the error is reported. */
    static final int MAX_CHUNKS = 2_000;

    private final int maxResources;
    private final int maxBuckets;

    QueryPlanner() {
        this(MAX_RESOURCES_PER_AGGREGATION, MAX_BUCKETS_PER_AGGREGATION);
    }

    QueryPlanner(int maxResources, int maxBuckets) {
        this.maxResources = maxResources;
        this.maxBuckets = maxBuckets;
    }

    /** The chunks in the order to run them: time slice by time slice, resource groups within a slice. */
    List<QueryChunk> plan(StatisticsQuery query) {
        List<TimeRange> slices = slices(query.range(), query.period(), query.offset());
        int resources = query.resources().ids().size();
        int groups = (resources + maxResources - 1) / maxResources;
        double weight = 1.0 / ((double) slices.size() * groups);
        List<QueryChunk> chunks = new ArrayList<>(slices.size() * groups);
        for (int slice = 0; slice < slices.size(); slice++) {
            for (int first = 0; first < resources; first += maxResources) {
                int last = Math.min(first + maxResources, resources);
                chunks.add(new QueryChunk(narrow(query, first, last, slices.get(slice)), slice, first + 1, last,
                    weight));
            }
        }
        return chunks;
    }

    /**
     * The two halves of a chunk whose result was too large: its time range cut at the middle bucket boundary, or,
     * once it is down to one bucket, its resources cut in half. Empty at the floor (one bucket of one resource).
     */
    Optional<List<QueryChunk>> split(QueryChunk chunk) {
        StatisticsQuery query = chunk.query();
        List<Instant> inside = boundariesInside(query.range(), query.period(), query.offset());
        double half = chunk.weight() / 2;
        if (!inside.isEmpty()) {
            Instant middle = inside.get((inside.size() - 1) / 2);
            TimeRange range = query.range();
            return Optional.of(List.of(
                new QueryChunk(withRange(query, new TimeRange(range.start(), middle)), chunk.slice(),
                    chunk.firstResource(), chunk.lastResource(), half),
                new QueryChunk(withRange(query, new TimeRange(middle, range.end())), chunk.slice(),
                    chunk.firstResource(), chunk.lastResource(), half)));
        }
        if (chunk.resourceCount() > 1) {
            int split = chunk.resourceCount() / 2;
            List<String> ids = query.resources().ids();
            return Optional.of(List.of(
                new QueryChunk(withIds(query, ids.subList(0, split)), chunk.slice(), chunk.firstResource(),
                    chunk.firstResource() + split - 1, half),
                new QueryChunk(withIds(query, ids.subList(split, ids.size())), chunk.slice(),
                    chunk.firstResource() + split, chunk.lastResource(), half)));
        }
        return Optional.empty();
    }

    /** The range cut into consecutive slices of at most {@code maxBuckets} buckets, at bucket boundaries. */
    List<TimeRange> slices(TimeRange range, Period period, UtcOffset offset) {
        List<Instant> inside = boundariesInside(range, period, offset);
        List<TimeRange> slices = new ArrayList<>();
        Instant start = range.start();
        for (int boundary = maxBuckets - 1; boundary < inside.size(); boundary += maxBuckets) {
            slices.add(new TimeRange(start, inside.get(boundary)));
            start = inside.get(boundary);
        }
        slices.add(new TimeRange(start, range.end()));
        return slices;
    }

    /** The bucket boundaries strictly inside the range; a range of n buckets has n - 1. */
    static List<Instant> boundariesInside(TimeRange range, Period period, UtcOffset offset) {
        List<Instant> boundaries = new ArrayList<>();
        Instant boundary = period.next(period.floor(range.start(), offset), offset);
        while (boundary.isBefore(range.end())) {
            boundaries.add(boundary);
            boundary = period.next(boundary, offset);
        }
        return boundaries;
    }

    private static StatisticsQuery narrow(StatisticsQuery query, int first, int last, TimeRange range) {
        return withRange(withIds(query, query.resources().ids().subList(first, last)), range);
    }

    private static StatisticsQuery withIds(StatisticsQuery query, List<String> ids) {
        return new StatisticsQuery(query.farmId(), new ResourceSelection(query.resourceKind(), ids), query.range(),
            query.offset(), query.period(), query.groupBy(), query.statistics());
    }

    private static StatisticsQuery withRange(StatisticsQuery query, TimeRange range) {
        return new StatisticsQuery(query.farmId(), query.resources(), range, query.offset(), query.period(),
            query.groupBy(), query.statistics());
    }
}
