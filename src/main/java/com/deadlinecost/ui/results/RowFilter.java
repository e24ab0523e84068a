package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the results are filtered by: the quick search text (over names and ids of the grouped fields), the
 * drill-down steps and the column filters (allowed values per field). Every part only looks at a row's
 * group, so a predicate decides once per group key and remembers: 100,000 rows of a few hundred groups
 * cost a few hundred name look-ups.
 *
 * @param searchText the quick search, case-insensitive; blank matches everything
 * @param steps the drill-down steps, all of which must match
 * @param columnFilters per field, the values allowed (ids, null for absent); a missing field allows all
 */
public record RowFilter(String searchText, List<DrillStep> steps, Map<GroupField, Set<String>> columnFilters) {

    /** Copies the collections. */
    public RowFilter {
        searchText = searchText == null ? "" : searchText.strip().toLowerCase(Locale.ROOT);
        steps = List.copyOf(steps);
        columnFilters = Map.copyOf(columnFilters);
    }

    /** Whether the filter lets every row through. */
    public boolean isEmpty() {
        return searchText.isEmpty() && steps.isEmpty() && columnFilters.isEmpty();
    }

    /** A predicate for rows, resolving names with {@code names}; not thread-safe (it caches per group). */
    public Predicate<CostRow> predicate(DisplayNames names) {
        if (isEmpty()) {
            return row -> true;
        }
        Map<GroupKey, Boolean> decided = new HashMap<>();
        return row -> decided.computeIfAbsent(row.group(), key -> accepts(key, row, names));
    }

    private boolean accepts(GroupKey key, CostRow row, DisplayNames names) {
        for (DrillStep step : steps) {
            if (!step.matches(row)) {
                return false;
            }
        }
        for (Map.Entry<GroupField, Set<String>> filter : columnFilters.entrySet()) {
            if (!filter.getValue().contains(key.value(filter.getKey()).orElse(null))) {
                return false;
            }
        }
        return searchText.isEmpty() || matchesSearch(key, names);
    }

    private boolean matchesSearch(GroupKey key, DisplayNames names) {
        for (GroupField field : key.fields()) {
            String id = key.value(field).orElse("");
            String name = names.name(key, field);
            if (id.toLowerCase(Locale.ROOT).contains(searchText)
                || name.toLowerCase(Locale.ROOT).contains(searchText)) {
                return true;
            }
        }
        return false;
    }
}
