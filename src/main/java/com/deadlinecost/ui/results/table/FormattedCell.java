package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.Formats;
import com.deadlinecost.ui.results.ResultsStyles;
import java.util.function.Function;
import javafx.scene.control.TableCell;

/**
 * A table cell that only formats its value: the text comes from a formatter, absent values show as an
 * em dash in a muted colour. Subclasses name the type (money, duration, time, percent, count).
 *
 * @param <T> the cell's value type
 */
public class FormattedCell<T> extends TableCell<CostRow, T> {
    private final Function<T, String> format;

    /** A right-aligned cell formatting with {@code format}. */
    protected FormattedCell(Function<T, String> format) {
        this.format = format;
        getStyleClass().add(ResultsStyles.NUMBER_CELL);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty || item == null ? null : format.apply(item);
        setText(text);
        boolean absent = Formats.ABSENT.equals(text);
        if (absent != getStyleClass().contains(ResultsStyles.ABSENT_CELL)) {
            if (absent) {
                getStyleClass().add(ResultsStyles.ABSENT_CELL);
            } else {
                getStyleClass().remove(ResultsStyles.ABSENT_CELL);
            }
        }
    }
}
