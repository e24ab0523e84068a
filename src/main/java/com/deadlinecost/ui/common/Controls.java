package com.deadlinecost.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;

/** The small controls every code-built view makes the same way: buttons with an id, read-only text columns. */
public final class Controls {
    private Controls() {
    }

    /** A button with {@code id} (for tests and styling) that runs {@code action}. */
    public static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A column that shows {@code text} of each item, {@code width} pixels wide by default. */
    public static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue()))
            .getReadOnlyProperty());
        return column;
    }
}
