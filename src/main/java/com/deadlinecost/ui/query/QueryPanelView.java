package com.deadlinecost.ui.query;

import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.common.DateHourPicker;
import com.deadlinecost.ui.common.FieldMessages;
import com.deadlinecost.ui.connection.ConnectionView;
import com.deadlinecost.ui.connection.ConnectionViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The query panel on the left of the explorer: connection, farm, resources, range, grouping, Run. */
public final class QueryPanelView {
    public static final String STYLE_SECTION = "query-section";
    private static final String NONE = "(none)";

    private final BorderPane root;

    public QueryPanelView(ConnectionViewModel connection, QueryPanelViewModel form, BooleanExpression canRun,
                          BooleanExpression running, Runnable run, Runnable cancel) {
        VBox content = new VBox(10,
            new ConnectionView(connection).root(),
            section("Farm", farmChoice(connection, form),
                FieldMessages.bound("farmMessage", FieldMessages.STYLE_ERROR, form.messages().farm()),
                FieldMessages.bound("namesNote", FieldMessages.STYLE_NOTE, form.messages().names())),
            section("Queues or fleets", kindToggle(form),
                new ResourcePicker(form.availableResources(), form.selectedResources()),
                FieldMessages.bound("resourcesMessage", FieldMessages.STYLE_ERROR, form.messages().resources())),
            section("Time range", rangeFields(form),
                FieldMessages.bound("rangeMessage", FieldMessages.STYLE_ERROR, form.messages().range()),
                FieldMessages.bound("daylightSavingNote", FieldMessages.STYLE_NOTE, form.messages().daylightSaving())),
            section("Group by", groupFields(form),
                FieldMessages.bound("groupByMessage", FieldMessages.STYLE_ERROR, form.messages().groupBy())),
            section("Statistics", statistics(form),
                FieldMessages.bound("statisticsMessage", FieldMessages.STYLE_ERROR, form.messages().statistics())),
            FieldMessages.bound("rangeWarning", FieldMessages.STYLE_WARNING, form.messages().warning()));
        content.setPadding(new Insets(12));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("queryPanelScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Run and Cancel stay in view however long the form grows.
        HBox footer = buttons(canRun, running, run, cancel);
        footer.setPadding(new Insets(10, 12, 10, 12));
        footer.getStyleClass().add("query-footer");
        root = new BorderPane(scroll);
        root.setBottom(footer);
    }

    public Node root() {
        return root;
    }

    static VBox section(String title, Node... nodes) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(4, heading);
        box.getChildren().addAll(nodes);
        box.getStyleClass().add(STYLE_SECTION);
        return box;
    }

    private static ComboBox<NamedResource> farmChoice(ConnectionViewModel connection, QueryPanelViewModel form) {
        ComboBox<NamedResource> farms = new ComboBox<>(connection.farms());
        farms.setId("farmChoice");
        farms.setPromptText("Choose a farm");
        farms.setMaxWidth(Double.MAX_VALUE);
        farms.setConverter(converter(NamedResource::displayName));
        farms.valueProperty().bindBidirectional(form.farmProperty());
        return farms;
    }

    private static HBox kindToggle(QueryPanelViewModel form) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton queues = new ToggleButton("Queues");
        queues.setId("queuesToggle");
        queues.setUserData(ResourceKind.QUEUE);
        ToggleButton fleets = new ToggleButton("Fleets");
        fleets.setId("fleetsToggle");
        fleets.setUserData(ResourceKind.FLEET);
        group.getToggles().addAll(queues, fleets);
        group.selectToggle(form.resourceKindProperty().get() == ResourceKind.FLEET ? fleets : queues);
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                group.selectToggle(before);
            } else {
                form.resourceKindProperty().set((ResourceKind) after.getUserData());
            }
        });
        form.resourceKindProperty().addListener((observable, before, after) ->
            group.selectToggle(after == ResourceKind.FLEET ? fleets : queues));
        HBox box = new HBox(queues, fleets);
        box.getStyleClass().add("segmented");
        Tooltip.install(box, new Tooltip("The service aggregates either queues or fleets in one query"));
        return box;
    }

    private static GridPane rangeFields(QueryPanelViewModel form) {
        ComboBox<RangePreset> presets = new ComboBox<>(FXCollections.observableArrayList(
            RangePreset.values()));
        presets.setId("presetChoice");
        presets.valueProperty().bindBidirectional(form.presetProperty());
        DateHourPicker start = new DateHourPicker("rangeStart");
        DateHourPicker end = new DateHourPicker("rangeEnd");
        start.valueProperty().bindBidirectional(form.customStartProperty());
        end.valueProperty().bindBidirectional(form.customEndProperty());
        BooleanExpression custom = form.presetProperty().isEqualTo(RangePreset.CUSTOM);
        start.disableProperty().bind(custom.not());
        end.disableProperty().bind(custom.not());
        ComboBox<UtcOffset> offset = new ComboBox<>(FXCollections.observableArrayList(UtcOffset.all()));
        offset.setId("offsetChoice");
        offset.setConverter(converter(UtcOffset::toApiString));
        offset.valueProperty().bindBidirectional(form.offsetProperty());
        offset.setTooltip(new Tooltip("Days, weeks and months start at midnight in this fixed offset"));
        ComboBox<Period> period = new ComboBox<>(FXCollections.observableArrayList(Period.values()));
        period.setId("periodChoice");
        period.setConverter(converter(Period::label));
        period.valueProperty().bindBidirectional(form.periodProperty());
        ComboBox<CompareWith> compare = optionalChoice("compareWithChoice", CompareWith.values(), CompareWith::label,
            form.compareWithProperty());
        compare.setTooltip(new Tooltip("Runs the earlier range too: the table shows each group's earlier cost and "
            + "change, \"What changed\" the waterfall"));
        return grid(List.of("Range", "From", "To", "UTC offset", "Period", "Compare with"),
            List.of(presets, start, end, offset, period, compare));
    }

    private static GridPane groupFields(QueryPanelViewModel form) {
        ComboBox<GroupField> first = new ComboBox<>(FXCollections.observableArrayList(GroupField.values()));
        first.setId("groupByChoice");
        first.setConverter(converter(GroupField::label));
        first.valueProperty().bindBidirectional(form.groupByProperty());
        ComboBox<GroupField> second = optionalChoice("thenByChoice", GroupField.values(), GroupField::label,
            form.thenByProperty());
        return grid(List.of("First", "Then"), List.of(first, second));
    }

    // A choice whose first item, "(none)", stands for null.
    private static <T> ComboBox<T> optionalChoice(String id, T[] values, Function<T, String> label,
                                                  Property<T> chosen) {
        List<T> optional = new ArrayList<>();
        optional.add(null);
        optional.addAll(Arrays.asList(values));
        ComboBox<T> choice = new ComboBox<>(FXCollections.observableArrayList(optional));
        choice.setId(id);
        choice.setConverter(converter(value -> value == null ? NONE : label.apply(value)));
        choice.valueProperty().bindBidirectional(chosen);
        return choice;
    }

    private static FlowPane statistics(QueryPanelViewModel form) {
        FlowPane boxes = new FlowPane(10, 4);
        for (Statistic statistic : Statistic.values()) {
            CheckBox box = new CheckBox(statistic.label());
            box.setId("statistic" + statistic.name());
            box.selectedProperty().bindBidirectional(form.statisticProperty(statistic));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private static HBox buttons(BooleanExpression canRun, BooleanExpression running, Runnable run, Runnable cancel) {
        Button runButton = new Button("Run");
        runButton.setId("runButton");
        runButton.setDefaultButton(true);
        runButton.setTooltip(new Tooltip("Run the query (Ctrl+Enter)"));
        runButton.disableProperty().bind(canRun.not());
        runButton.setOnAction(event -> run.run());
        runButton.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(runButton, Priority.ALWAYS);
        Button cancelButton = new Button("Cancel");
        cancelButton.setId("cancelButton");
        cancelButton.setTooltip(new Tooltip("Stop the running query (Esc)"));
        cancelButton.disableProperty().bind(running.not());
        cancelButton.setOnAction(event -> cancel.run());
        return new HBox(8, runButton, cancelButton);
    }

    private static GridPane grid(List<String> labels, List<Node> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int row = 0; row < labels.size(); row++) {
            Node field = fields.get(row);
            GridPane.setHgrow(field, Priority.ALWAYS);
            if (field instanceof Control) {
                ((Control) field).setMaxWidth(Double.MAX_VALUE);
            }
            Label label = new Label(labels.get(row));
            label.setMinWidth(Control.USE_PREF_SIZE);
            grid.addRow(row, label, field);
        }
        return grid;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? NONE : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
