package com.deadlinecost.ui.results.table;

import com.deadlinecost.present.Formats;

/** US dollars with cents. */
public final class MoneyCell extends FormattedCell<Double> {
    public MoneyCell() {
        super(Formats::money);
    }
}
