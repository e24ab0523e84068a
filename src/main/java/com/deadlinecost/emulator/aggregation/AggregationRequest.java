package com.deadlinecost.emulator.aggregation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated StartSessionsStatisticsAggregation request.
 *
 * @param period null for one bucket over the whole range
 */
public record AggregationRequest(
    String farmId,
    ResourceKind resourceKind,
    Set<String> resourceIds,
    Instant startTime,
    Instant endTime,
    ZoneOffset offset,
    Period period,
    List<GroupField> groupBy,
    Set<Statistic> statistics) {

    public AggregationRequest {
        Objects.requireNonNull(farmId, "farmId");
        Objects.requireNonNull(resourceKind, "resourceKind");
        resourceIds = Set.copyOf(resourceIds);
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(offset, "offset");
        groupBy = List.copyOf(groupBy);
        statistics = Set.copyOf(statistics);
        if (!startTime.isBefore(endTime)) {
            throw new IllegalArgumentException("startTime must be before endTime");
        }
        if (groupBy.isEmpty() || groupBy.size() > 2) {
            throw new IllegalArgumentException("groupBy needs 1 or 2 fields");
        }
    }
}
