package com.deadlinecost.ui.results.table;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Makes a numeric column sort largest first when it is clicked for the first time: a table header always starts a
 * column ascending, but "which cost most" is nearly always the question.
 */
final class LargestFirst {

    private LargestFirst() {
    }

    private static final String NUMERIC = "dce-largest-first";

    /** Marks {@code column} as one whose first click sorts largest first. */
    static <C extends TableColumn<?, ?>> C mark(C column) {
        column.getProperties().put(NUMERIC, Boolean.TRUE);
        column.setSortType(TableColumn.SortType.DESCENDING);
        return column;
    }

    private static boolean isMarked(TableColumn<?, ?> column) {
        return column.getProperties().containsKey(NUMERIC);
    }

    /** Applies to the marked columns of {@code table}, present and future. */
    static <S> void install(TableView<S> table) {
        List<TableColumn<S, ?>> previous = new ArrayList<>(table.getSortOrder());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            // The header's third state (unsorted) follows descending; started descending, the second click should
            // give ascending instead.
            if (table.getSortOrder().isEmpty() && previous.size() == 1 && isMarked(previous.get(0))
                && previous.get(0).getSortType() == TableColumn.SortType.DESCENDING) {
                TableColumn<S, ?> column = previous.get(0);
                column.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().add(column);
                return;
            }
            for (TableColumn<S, ?> column : table.getSortOrder()) {
                if (!previous.contains(column) && isMarked(column)) {
                    column.setSortType(TableColumn.SortType.DESCENDING);
                }
            }
            previous.clear();
            previous.addAll(table.getSortOrder());
        });
    }
}
