package com.deadlinecost.ui.connection;

import com.deadlinecost.ui.common.FieldMessages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The connection section: demo studio or AWS profile, region, Connect, and the state in words. */
public final class ConnectionView {
    private final VBox root;

    public ConnectionView(ConnectionViewModel viewModel) {
        Label heading = new Label("Connection");
        heading.getStyleClass().add("section-title");
        ComboBox<ConnectionChoice> choice = new ComboBox<>(viewModel.choices());
        choice.setId("connectionChoice");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(ConnectionViewModel.REGIONS));
        region.setId("regionChoice");
        region.setEditable(true);
        region.setPromptText("Region");
        region.setTooltip(new Tooltip("The AWS Region of your farms, e.g. us-west-2"));
        region.valueProperty().bindBidirectional(viewModel.regionProperty());
        region.visibleProperty().bind(viewModel.regionNeeded());
        region.managedProperty().bind(region.visibleProperty());
        HBox.setHgrow(region, Priority.ALWAYS);
        region.setMaxWidth(Double.MAX_VALUE);
        Button connect = new Button();
        connect.setId("connectButton");
        connect.textProperty().bind(Bindings.when(viewModel.problemProperty().isNotNull())
            .then("Retry").otherwise("Connect"));
        connect.disableProperty().bind(viewModel.connectingProperty());
        connect.setOnAction(event -> viewModel.connect());
        Label state = new Label();
        state.setId("connectionState");
        state.setWrapText(true);
        state.textProperty().bind(viewModel.stateProperty());
        state.getStyleClass().add(FieldMessages.STYLE_NOTE);
        Label advice = FieldMessages.bound("connectionAdvice", FieldMessages.STYLE_ERROR, Bindings.createStringBinding(
            () -> viewModel.problemProperty().get() == null ? "" : viewModel.problemProperty().get().advice(),
            viewModel.problemProperty()));
        root = new VBox(4, heading, choice, new HBox(6, region, connect), state, advice);
        root.getStyleClass().add("query-section");
    }

    public Node root() {
        return root;
    }
}
