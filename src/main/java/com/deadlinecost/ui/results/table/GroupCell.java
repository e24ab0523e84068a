package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.ui.results.ResultsStyles;
import java.util.function.BiConsumer;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A group's display name as a link: clicking it drills into the group (forwarded to {@code onOpen}); the
 * id shows in a tooltip. Clicking elsewhere in the row still selects it.
 */
public final class GroupCell extends TableCell<CostRow, String> {
    private final GroupField field;
    private final Hyperlink link = new Hyperlink();
    private final Tooltip tooltip = new Tooltip();

    /** A cell of {@code field}'s names; {@code onOpen} gets the field and the clicked group's value. */
    public GroupCell(GroupField field, BiConsumer<GroupField, String> onOpen) {
        this.field = field;
        link.getStyleClass().add(ResultsStyles.GROUP_LINK);
        link.setFocusTraversable(false);
        link.setTooltip(tooltip);
        link.setOnAction(event -> {
            CostRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                onOpen.accept(field, row.value(field).orElse(null));
            }
            link.setVisited(false);
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        CostRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || name == null || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        link.setText(name);
        setText(name);
        tooltip.setText(field.label() + " ID: " + row.value(field).orElse("(none)"));
        setGraphic(link);
    }
}
