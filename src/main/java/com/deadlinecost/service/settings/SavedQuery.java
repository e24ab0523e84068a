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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SavedQuery(String farmId, String resourceKind, List<String> resourceIds, String preset,
                         String customStart, String customEnd, String offset, String period, List<String> groupBy,
                         List<String> statistics) {
    public SavedQuery {
        resourceIds = resourceIds == null ? List.of() : List.copyOf(resourceIds);
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        statistics = statistics == null ? List.of() : List.copyOf(statistics);
    }
}
