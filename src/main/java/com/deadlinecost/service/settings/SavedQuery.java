package com.deadlinecost.service.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A query as the settings file and saved views keep it: plain names and ISO texts, so that a value this
 * version does not understand can be skipped on its own instead of making the whole file unreadable.
 *
 * @param preset a time-range preset name, or CUSTOM with {@code customStart}/{@code customEnd} as ISO local
 *     date-times in the offset
 * @param offset the API's offset text, e.g. {@code UTC+05:30}
 * @param compareWith the earlier range the results are compared with, as {@code report --compare} names it
 *     (previous, last-month, last-year); null for no comparison
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SavedQuery(String farmId, String resourceKind, List<String> resourceIds, String preset,
                         String customStart, String customEnd, String offset, String period, List<String> groupBy,
                         List<String> statistics, String compareWith) {

    /** A query without a comparison. */
    public SavedQuery(String farmId, String resourceKind, List<String> resourceIds, String preset,
                      String customStart, String customEnd, String offset, String period, List<String> groupBy,
                      List<String> statistics) {
        this(farmId, resourceKind, resourceIds, preset, customStart, customEnd, offset, period, groupBy, statistics,
            null);
    }

    /** This query compared with {@code option} (null: none). */
    public SavedQuery withCompareWith(String option) {
        return new SavedQuery(farmId, resourceKind, resourceIds, preset, customStart, customEnd, offset, period,
            groupBy, statistics, option);
    }

    public SavedQuery {
        resourceIds = resourceIds == null ? List.of() : List.copyOf(resourceIds);
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        statistics = statistics == null ? List.of() : List.copyOf(statistics);
    }
}
