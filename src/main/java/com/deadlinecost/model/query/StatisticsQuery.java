package com.deadlinecost.model.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sessions-statistics query as the user asked it: what StartSessionsStatisticsAggregation needs,
 * validated so that an invalid query cannot be built. More than ten resources are allowed; the
 * service layer splits them into several aggregations.
 *
 * @param farmId the farm, non-blank
 * @param resources the queues or fleets
 * @param range start and end
 * @param offset the fixed UTC offset bucket boundaries are local to
 * @param period the bucket length
 * @param groupBy one or two distinct fields, in the order the user chose them
 * @param statistics one to four statistics; stored as an unmodifiable copy in enum order
 */
public record StatisticsQuery(String farmId, ResourceSelection resources, TimeRange range, UtcOffset offset,
                              Period period, List<GroupField> groupBy, Set<Statistic> statistics) {

    /** The most group-by fields one aggregation takes. */
    public static final int MAX_GROUP_BY = 2;

    /** Validates every member with a message a person can act on, and copies the collections. */
    public StatisticsQuery {
        if (farmId == null || farmId.isBlank()) {
            throw new IllegalArgumentException("Choose a farm");
        }
        Objects.requireNonNull(resources, "Choose queues or fleets");
        Objects.requireNonNull(range, "Choose a time range");
        Objects.requireNonNull(offset, "Choose a UTC offset");
        Objects.requireNonNull(period, "Choose a period");
        groupBy = validGroupBy(groupBy);
        statistics = validStatistics(statistics);
    }

    private static List<GroupField> validGroupBy(List<GroupField> groupBy) {
        if (groupBy == null || groupBy.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one field to group by");
        }
        if (groupBy.size() > MAX_GROUP_BY) {
            throw new IllegalArgumentException("Group by at most " + MAX_GROUP_BY + " fields; got " + groupBy.size()
                + ". Chain queries to look deeper.");
        }
        for (GroupField field : groupBy) {
            Objects.requireNonNull(field, "A group-by field is missing");
        }
        if (groupBy.size() == MAX_GROUP_BY && groupBy.get(0) == groupBy.get(1)) {
            throw new IllegalArgumentException("Group by two different fields; " + groupBy.get(0).label()
                + " is chosen twice");
        }
        return List.copyOf(groupBy);
    }

    private static Set<Statistic> validStatistics(Set<Statistic> statistics) {
        if (statistics == null || statistics.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one statistic (sum, min, max or average)");
        }
        for (Statistic statistic : statistics) {
            Objects.requireNonNull(statistic, "A statistic is missing");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(statistics));
    }

    /** The kind of resource the query covers. */
    public ResourceKind resourceKind() {
        return resources.kind();
    }
}
