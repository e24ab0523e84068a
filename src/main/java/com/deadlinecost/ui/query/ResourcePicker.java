package com.deadlinecost.ui.query;

import com.deadlinecost.service.deadline.NamedResource;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A searchable multi-select of queues or fleets by name, with select all and none. The checked items are
 * kept in step with the view model's selection list in both directions.
 */
final class ResourcePicker extends VBox {
    private final ObservableList<NamedResource> available;
    private final ObservableList<NamedResource> selected;
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private final FilteredList<NamedResource> shown;
    private boolean syncing;

    ResourcePicker(ObservableList<NamedResource> available, ObservableList<NamedResource> selected) {
        super(4);
        this.available = available;
        this.selected = selected;
        this.shown = new FilteredList<>(available);
        TextField search = new TextField();
        search.setId("resourceSearch");
        search.setPromptText("Search by name");
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = search.getText() == null ? "" : search.getText().trim().toLowerCase(java.util.Locale.ROOT);
            return resource -> text.isEmpty() || resource.displayName().toLowerCase(java.util.Locale.ROOT)
                .contains(text);
        }, search.textProperty()));
        ListView<NamedResource> list = new ListView<>(shown);
        list.setId("resourceList");
        list.setPrefHeight(170);
        list.setCellFactory(CheckBoxListCell.forListView(this::checkOf, new StringConverter<>() {
            @Override
            public String toString(NamedResource resource) {
                return resource == null ? "" : resource.displayName();
            }

            @Override
            public NamedResource fromString(String text) {
                return null;
            }
        }));
        Hyperlink all = new Hyperlink("Select all");
        all.setId("selectAllResources");
        all.setOnAction(event -> setShownChecked(true));
        Hyperlink none = new Hyperlink("None");
        none.setId("selectNoResources");
        none.setOnAction(event -> setShownChecked(false));
        Label count = new Label();
        count.setId("resourceCount");
        count.textProperty().bind(Bindings.createStringBinding(
            () -> selected.size() + " of " + available.size() + " selected", selected, available));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(search, list, new HBox(4, all, none, gap, count));
        available.addListener((ListChangeListener<NamedResource>) change -> rebuildChecks());
        selected.addListener((ListChangeListener<NamedResource>) change -> pullSelection());
        rebuildChecks();
    }

    private BooleanProperty checkOf(NamedResource resource) {
        return checks.computeIfAbsent(resource.id(), id -> {
            BooleanProperty check = new SimpleBooleanProperty(false);
            check.addListener((observable, before, after) -> pushSelection());
            return check;
        });
    }

    private void setShownChecked(boolean value) {
        syncing = true;
        shown.forEach(resource -> checkOf(resource).set(value));
        syncing = false;
        pushSelection();
    }

    // The check boxes of the list's cells are bound to these properties: keep one per id for good, as replacing
    // them left cells bound to stale ones (every fleet shown unchecked beside "4 of 4 selected").
    private void rebuildChecks() {
        syncing = true;
        available.forEach(this::checkOf);
        syncing = false;
        pullSelection();
    }

    private void pushSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        selected.setAll(available.filtered(resource -> checkOf(resource).get()));
        syncing = false;
    }

    private void pullSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        available.forEach(resource -> checkOf(resource).set(selected.contains(resource)));
        syncing = false;
    }
}
