package com.deadlinecost.ui.results.table;

import com.deadlinecost.present.Formats;

/** A duration given in seconds, as days, hours and minutes. */
public final class DurationCell extends FormattedCell<Double> {
    public DurationCell() {
        super(Formats::duration);
    }
}
