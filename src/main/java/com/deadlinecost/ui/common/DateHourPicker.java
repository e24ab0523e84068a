package com.deadlinecost.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.converter.LocalDateStringConverter;

/** A date and a whole hour, as the statistics API's hourly buckets need no finer start or end. */
public final class DateHourPicker extends HBox {
    private final DatePicker date = new DatePicker();
    private final Spinner<Integer> hour = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 23));
    private final ObjectProperty<LocalDateTime> value = new SimpleObjectProperty<>();
    private boolean syncing;

    public DateHourPicker(String id) {
        super(6);
        setId(id);
        date.setId(id + "Date");
        hour.setId(id + "Hour");
        hour.setEditable(true);
        hour.setPrefWidth(62);
        hour.setMinWidth(62);
        date.setMinWidth(118);
        // The window writes dates one way (ISO, as the table and the exports do), whatever the locale's habit.
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("yyyy-mm-dd");
        hour.setTooltip(new Tooltip("Hour of the day, 0 to 23, in the query's UTC offset"));
        HBox.setHgrow(date, Priority.ALWAYS);
        date.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(date, hour);
        date.valueProperty().addListener((observable, before, after) -> pushToValue());
        hour.valueProperty().addListener((observable, before, after) -> pushToValue());
        value.addListener((observable, before, after) -> pullFromValue(after));
    }

    public ObjectProperty<LocalDateTime> valueProperty() {
        return value;
    }

    private void pushToValue() {
        if (syncing) {
            return;
        }
        LocalDate day = date.getValue();
        Integer hourOfDay = hour.getValue();
        syncing = true;
        value.set(day == null || hourOfDay == null ? null : day.atTime(hourOfDay, 0));
        syncing = false;
    }

    private void pullFromValue(LocalDateTime dateTime) {
        if (syncing) {
            return;
        }
        syncing = true;
        date.setValue(dateTime == null ? null : dateTime.toLocalDate());
        if (dateTime != null) {
            hour.getValueFactory().setValue(dateTime.getHour());
        }
        syncing = false;
    }
}
