package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.StatisticsQuery;
import java.util.List;
import java.util.Objects;

/**
 * A request to look deeper into one group with a new query, e.g. "query queue Lighting by user". The API
 * allows only two group-bys, so deeper analysis chains queries; the query panel pre-fills
 * {@link #suggestedQuery()} and the user runs it.
 *
 * @param baseQuery the query whose results were drilled into
 * @param field the field of the group
 * @param value the group's value (an id for queues, fleets, users and jobs); null for an absent value
 * @param nextGroupBy the field to split the group by next
 */
public record DrillQueryRequest(StatisticsQuery baseQuery, GroupField field, String value, GroupField nextGroupBy) {

    /** Checks the members. */
    public DrillQueryRequest {
        Objects.requireNonNull(baseQuery, "baseQuery");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(nextGroupBy, "nextGroupBy");
        if (field == nextGroupBy) {
            throw new IllegalArgumentException("Split a group by another field than its own: " + field);
        }
    }

    /**
     * The query to pre-fill: grouped by the group's field and the next field, so the results can keep the
     * drill-down filter on the group. When the group is one of the queried queues or fleets the query is
     * narrowed to it, as the API can only select resources of that kind; other fields (users, jobs) cannot
     * be selected in the API and are filtered in the results instead.
     */
    public StatisticsQuery suggestedQuery() {
        ResourceSelection resources = baseQuery.resources();
        if (value != null && baseQuery.resourceKind().idField() == field && resources.ids().contains(value)) {
            resources = new ResourceSelection(resources.kind(), List.of(value));
        }
        return new StatisticsQuery(baseQuery.farmId(), resources, baseQuery.range(), baseQuery.offset(),
            baseQuery.period(), List.of(field, nextGroupBy), baseQuery.statistics());
    }
}
