package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.present.Formats;
import java.time.Instant;
import java.util.function.Supplier;

/** An instant as local date and time at the shown query's UTC offset. */
public final class TimeCell extends FormattedCell<Instant> {
    public TimeCell(Supplier<UtcOffset> offset) {
        super(instant -> Formats.time(instant, offset.get()));
    }
}
