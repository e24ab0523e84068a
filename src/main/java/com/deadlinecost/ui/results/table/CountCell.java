package com.deadlinecost.ui.results.table;

import com.deadlinecost.present.Formats;

/** A whole number with thousands separators. */
public final class CountCell extends FormattedCell<Long> {
    public CountCell() {
        super(count -> Formats.count(count));
    }
}
