package com.deadlinecost.ui.results.table;

import com.deadlinecost.present.Formats;

/** A share from 0 to 1 as a percentage. */
public final class PercentCell extends FormattedCell<Double> {
    public PercentCell() {
        super(Formats::percent);
    }
}
