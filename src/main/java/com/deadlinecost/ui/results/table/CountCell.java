package com.deadlinecost.ui.results.table;

import com.deadlinecost.ui.results.ResultsFormat;

/** A whole number with thousands separators. */
public final class CountCell extends FormattedCell<Long> {
    public CountCell() {
        super(count -> ResultsFormat.count(count));
    }
}
