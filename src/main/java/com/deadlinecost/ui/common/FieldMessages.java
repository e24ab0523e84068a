package com.deadlinecost.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Labels that show a field's message next to it and take no space while there is none. */
public final class FieldMessages {
    public static final String STYLE_ERROR = "field-error";
    public static final String STYLE_WARNING = "field-warning";
    public static final String STYLE_NOTE = "field-note";

    private FieldMessages() {
    }

    public static Label bound(String id, String styleClass, ObservableStringValue message) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
