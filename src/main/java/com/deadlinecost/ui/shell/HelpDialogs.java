package com.deadlinecost.ui.shell;

import com.deadlinecost.ui.common.AppAction;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help > Keyboard shortcuts and Help > User guide. */
final class HelpDialogs {
    /** Keys handled by the results rather than by menu actions. */
    private static final List<String[]> RESULT_KEYS = List.of(
        new String[] {"Drill into the selected group", "Enter or double-click"},
        new String[] {"Sort by a column (again: reverse)", "Click its header"},
        new String[] {"Filter a name column", "Right-click its header"});

    private HelpDialogs() {
    }

    static Dialog<ButtonType> shortcuts(Window owner) {
        TableView<String[]> table = new TableView<>();
        table.setId("shortcutsTable");
        List<String[]> rows = new ArrayList<>();
        for (AppAction action : AppAction.values()) {
            if (action.keys() != null) {
                rows.add(new String[] {action.label().replace("...", ""), action.keys().getDisplayText()});
            }
        }
        rows.addAll(RESULT_KEYS);
        table.getItems().setAll(rows);
        table.getColumns().add(column("Action", 0, 300));
        table.getColumns().add(column("Keys", 1, 200));
        table.setPrefHeight(360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return dialog(owner, "Keyboard shortcuts", "shortcutsDialog", table);
    }

    static Dialog<ButtonType> userGuide(Window owner, String text) {
        TextArea guide = new TextArea(text);
        guide.setId("userGuideText");
        guide.setEditable(false);
        guide.setWrapText(true);
        guide.setPrefSize(760, 560);
        Dialog<ButtonType> dialog = dialog(owner, "User guide", "userGuideDialog", guide);
        dialog.setResizable(true);
        return dialog;
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, String id, javafx.scene.Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static TableColumn<String[], String> column(String title, int index, double width) {
        TableColumn<String[], String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[index]));
        return column;
    }
}
