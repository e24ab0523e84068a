package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BudgetActionType;
import com.deadlinecost.model.budget.BudgetChanges;
import com.deadlinecost.model.budget.BudgetRules;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.ui.common.FieldMessages;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The create and edit dialog of a budget: each field with its problem next to it (the service's rules, checked as
 * typed), then a confirmation that lists what will change on the farm, behind a button that says so. The dialog
 * stays open until the farm has accepted the budget, and shows the service's answer when it has not.
 */
final class BudgetEditorDialog {
    private BudgetEditorDialog() {
    }

    static void show(Window owner, BudgetEditorViewModel editor, BudgetsViewModel budgets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(editor.title());
        dialog.getDialogPane().setId("budgetEditor");
        dialog.getDialogPane().setContent(form(editor));
        dialog.setResizable(true);
        ButtonType review = new ButtonType("Review changes...", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, review);
        Button reviewButton = (Button) dialog.getDialogPane().lookupButton(review);
        reviewButton.setId("reviewBudget");
        reviewButton.disableProperty().bind(editor.validProperty().not().or(budgets.busyProperty()));
        reviewButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once the farm has the budget; the confirmation decides whether to send it.
            event.consume();
            if (confirm(dialog, editor)) {
                budgets.save(editor, dialog::close);
            }
        });
        dialog.show();
    }

    private static boolean confirm(Dialog<ButtonType> owner, BudgetEditorViewModel editor) {
        List<String> changes = editor.changes();
        if (changes.isEmpty()) {
            editor.failed("Nothing has changed: there is nothing to save.");
            return false;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.getDialogPane().getScene().getWindow());
        alert.setTitle(editor.title());
        alert.setHeaderText("This changes the budget on the farm:");
        alert.setContentText("- " + String.join("\n- ", changes));
        ButtonType save = new ButtonType(editor.saveLabel(), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, save);
        alert.getDialogPane().setId("budgetConfirmation");
        return alert.showAndWait().filter(save::equals).isPresent();
    }

    private static Node form(BudgetEditorViewModel editor) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        // The problems' column keeps its width while empty, so a problem never squeezes the labels or fields.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(470);
        ColumnConstraints problems = new ColumnConstraints(250);
        grid.getColumnConstraints().setAll(labels, fields, problems);
        TextField name = new TextField();
        name.setId("budgetName");
        name.textProperty().bindBidirectional(editor.nameProperty());
        TextField description = new TextField();
        description.setId("budgetDescription");
        description.textProperty().bindBidirectional(editor.descriptionProperty());
        ComboBox<NamedResource> queue = new ComboBox<>(editor.queues());
        queue.setId("budgetQueue");
        queue.setConverter(names());
        queue.valueProperty().bindBidirectional(editor.queueProperty());
        queue.setDisable(!editor.queueEditable());
        TextField limit = new TextField();
        limit.setId("budgetLimit");
        limit.setPromptText("e.g. 25000");
        limit.textProperty().bindBidirectional(editor.limitTextProperty());
        DatePicker first = new DatePicker();
        first.setId("budgetFirstDay");
        first.valueProperty().bindBidirectional(editor.firstDayProperty());
        first.setPrefWidth(150);
        DatePicker last = new DatePicker();
        last.setPrefWidth(150);
        last.setId("budgetLastDay");
        last.valueProperty().bindBidirectional(editor.lastDayProperty());
        CheckBox active = new CheckBox("Active: its actions can stop the queue");
        active.setId("budgetActive");
        active.selectedProperty().bindBidirectional(editor.activeProperty());
        int row = 0;
        row = add(grid, row, "Name", name, problem(editor, BudgetRules.NAME));
        row = add(grid, row, "Description", description, problem(editor, BudgetRules.DESCRIPTION));
        row = add(grid, row, "Queue", queue, problem(editor, BudgetRules.QUEUE));
        row = add(grid, row, "Limit (USD)", limit, problem(editor, BudgetRules.LIMIT));
        Label to = new Label("to");
        to.setMinWidth(Region.USE_PREF_SIZE);
        HBox window = new HBox(6, first, to, last);
        window.setAlignment(Pos.CENTER_LEFT);
        row = add(grid, row, "Window (UTC days)", window,
            problem(editor, BudgetRules.SCHEDULE));
        row = add(grid, row, "Status", active, new Label());
        add(grid, row, "Actions", actions(editor), problem(editor, BudgetRules.ACTIONS));
        Label error = FieldMessages.bound("budgetSaveError", FieldMessages.STYLE_ERROR, editor.errorProperty());
        error.setMaxWidth(620);
        VBox content = new VBox(10, grid, error);
        content.getStylesheets().add(BudgetEditorDialog.class.getResource("budgets.css").toExternalForm());
        return content;
    }

    private static Node actions(BudgetEditorViewModel editor) {
        ListView<BudgetAction> list = new ListView<>(editor.actions());
        list.setId("budgetActions");
        list.setPrefHeight(96);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BudgetAction action, boolean empty) {
                super.updateItem(action, empty);
                setText(empty || action == null ? null : BudgetChanges.describe(action));
            }
        });
        ComboBox<BudgetActionType> type = new ComboBox<>();
        type.getItems().setAll(BudgetActionType.values());
        type.setValue(BudgetActionType.STOP_SCHEDULING_AND_COMPLETE_TASKS);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(BudgetActionType value) {
                return value == null ? "" : value.label();
            }

            @Override
            public BudgetActionType fromString(String text) {
                return null;
            }
        });
        TextField threshold = new TextField("90");
        threshold.setId("actionThreshold");
        threshold.setPrefColumnCount(4);
        threshold.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button("Add");
        add.setId("addAction");
        add.setOnAction(event -> {
            Double percent = BudgetEditorViewModel.parseDollars(threshold.getText().replace("%", ""));
            if (percent != null) {
                editor.actions().add(new BudgetAction(type.getValue(), percent, ""));
            }
        });
        Button remove = new Button("Remove");
        remove.setId("removeAction");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> editor.actions().remove(list.getSelectionModel().getSelectedItem()));
        HBox adder = new HBox(6, new Label("At"), threshold, new Label("%"), type, add, remove);
        adder.setAlignment(Pos.CENTER_LEFT);
        adder.getChildren().stream().filter(node -> node != type && node instanceof Region)
            .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        return new VBox(4, list, adder);
    }

    private static Label problem(BudgetEditorViewModel editor, String field) {
        Label label = FieldMessages.bound(field + "Problem", FieldMessages.STYLE_ERROR, editor.problemProperty(field));
        label.setMaxWidth(250);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static int add(GridPane grid, int row, String label, Node field, Node problem) {
        grid.addRow(row, new Label(label), field, problem);
        return row + 1;
    }

    private static StringConverter<NamedResource> names() {
        return new StringConverter<>() {
            @Override
            public String toString(NamedResource resource) {
                return resource == null ? "" : resource.displayName();
            }

            @Override
            public NamedResource fromString(String text) {
                return null;
            }
        };
    }
}
