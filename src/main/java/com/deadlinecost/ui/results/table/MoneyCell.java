package com.deadlinecost.ui.results.table;

import com.deadlinecost.ui.results.ResultsFormat;

/** US dollars with cents. */
public final class MoneyCell extends FormattedCell<Double> {
    public MoneyCell() {
        super(ResultsFormat::money);
    }
}
