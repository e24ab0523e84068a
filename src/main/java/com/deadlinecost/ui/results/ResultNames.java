package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The names the results show ids by: the farm's names (queues, fleets, users) plus the job names the service
 * sends with rows grouped by job, so a job is found by its name in the table, the chart, the summary and every
 * export. Job names are collected as pages arrive; the names change only when a page brings a new one.
 */
public final class ResultNames {
    private final ObservableValue<DisplayNames> farmNames;
    private final Map<String, String> jobNames = new HashMap<>();
    private final ReadOnlyObjectWrapper<DisplayNames> names = new ReadOnlyObjectWrapper<>(DisplayNames.empty());

    public ResultNames(ObservableList<CostRow> rows, ObservableValue<DisplayNames> farmNames) {
        this.farmNames = farmNames;
        rows.addListener((ListChangeListener<CostRow>) change -> {
            int before = jobNames.size();
            while (change.next()) {
                if (change.wasAdded()) {
                    DisplayNames.collectJobNames(change.getAddedSubList(), jobNames);
                }
            }
            if (jobNames.size() != before) {
                update();
            }
        });
        farmNames.addListener((observable, was, now) -> update());
        DisplayNames.collectJobNames(rows, jobNames);
        update();
    }

    /** The combined names; never holds null. */
    public ReadOnlyObjectProperty<DisplayNames> namesProperty() {
        return names.getReadOnlyProperty();
    }

    private void update() {
        DisplayNames farm = farmNames.getValue() == null ? DisplayNames.empty() : farmNames.getValue();
        names.set(farm.with(GroupField.JOB_ID, jobNames));
    }
}
