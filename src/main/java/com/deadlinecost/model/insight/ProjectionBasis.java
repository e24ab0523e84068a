package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a month-end projection read, kept so that any split of it can be projected the same way: a chart by queue
 * projects each queue's own days, the "Other" series the days of the groups it folds.
 *
 * @param dailyRows the daily rows (grouped as the query) from {@link MonthProjection#dataStart} to the as-of time
 * @param firstDay the first day the data can hold (earlier days are unknown, not zero)
 * @param asOf the time the data reaches
 * @param offset the offset the days are local to
 */
public record ProjectionBasis(List<CostRow> dailyRows, LocalDate firstDay, Instant asOf, UtcOffset offset) {
    public ProjectionBasis {
        dailyRows = List.copyOf(dailyRows);
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(offset, "offset");
    }

    /** The start of the month after the as-of time's, the projection's usual target. */
    public Instant monthEnd() {
        return MonthProjection.monthEnd(asOf, offset);
    }
}
