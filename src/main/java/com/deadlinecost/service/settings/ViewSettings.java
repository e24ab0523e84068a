package com.deadlinecost.service.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the results of a saved view are shown: the chart and the table. Plain names, so that a value this
 * version does not know can be dropped on its own. Nulls and missing members read as the defaults.
 *
 * @param chartType RANKED_BARS, STACKED_BARS, LINES or SHARE
 * @param dimension the group field the chart splits by (null: the query's first grouping)
 * @param measure COST_SUM, RUNTIME_SUM, COUNT or AVERAGE_COST
 * @param topN groups with their own series before the rest fold into "Other"
 * @param hiddenColumns ids of the table columns the user hid
 * @param sortColumn id of the column the table is sorted by (null: the table's default)
 * @param sortDescending whether that sort is descending
 * @param quickSearch the quick-search text
 * @param drillDown the drill-down path, outermost first
 * @param columnWidths widths in pixels of the table columns the user resized, by column id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewSettings(String chartType, String dimension, String measure, int topN, List<String> hiddenColumns,
                           String sortColumn, boolean sortDescending, String quickSearch, List<DrillStep> drillDown,
                           Map<String, Double> columnWidths) {
    public static final int DEFAULT_TOP_N = 8;

    /** One level of drill-down: only rows whose {@code field} has {@code value} (null: the value is absent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DrillStep(String field, String value) {
    }

    /** Fills in defaults for missing members. */
    public ViewSettings {
        chartType = chartType == null ? "RANKED_BARS" : chartType;
        measure = measure == null ? "COST_SUM" : measure;
        topN = topN < 1 ? DEFAULT_TOP_N : topN;
        hiddenColumns = hiddenColumns == null ? List.of()
            : hiddenColumns.stream().filter(Objects::nonNull).toList();
        quickSearch = quickSearch == null ? "" : quickSearch;
        drillDown = drillDown == null ? List.of() : drillDown.stream().filter(Objects::nonNull).toList();
        columnWidths = columnWidths == null ? Map.of() : usableWidths(columnWidths);
    }

    // A width that is missing, not a number or not positive is dropped on its own.
    private static Map<String, Double> usableWidths(Map<String, Double> widths) {
        Map<String, Double> usable = new HashMap<>();
        widths.forEach((id, width) -> {
            if (id != null && width != null && Double.isFinite(width) && width > 0) {
                usable.put(id, width);
            }
        });
        return Map.copyOf(usable);
    }

    /** Ranked bars of cost by the first grouping, top 8, every column, no search or drill-down. */
    public static ViewSettings defaults() {
        return new ViewSettings(null, null, null, DEFAULT_TOP_N, null, null, true, null, null, null);
    }
}
