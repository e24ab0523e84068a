package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import java.util.Objects;

/**
 * One level of a drill-down: only rows whose {@code field} has {@code value}. A null value stands for rows
 * where the service left the field absent (shown as "(none)").
 *
 * @param field the group field drilled into
 * @param value the id (or other value) of the group, null for absent
 */
public record DrillStep(GroupField field, String value) {

    /** Checks the field. */
    public DrillStep {
        Objects.requireNonNull(field, "field");
    }

    /** Whether the row belongs to this group. */
    public boolean matches(CostRow row) {
        return Objects.equals(row.value(field).orElse(null), value);
    }
}
