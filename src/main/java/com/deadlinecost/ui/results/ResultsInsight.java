package com.deadlinecost.ui.results;

import com.deadlinecost.model.insight.GroupInsights;
import com.deadlinecost.model.row.GroupKey;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the investigation of the shown query adds to the results: each group's earlier value and change and its
 * anomalies (for the grouped table), the projected month end (for the summary), and where a click on a group's
 * anomalies goes. The explorer fills it from the insight view model; the results only show it.
 */
public final class ResultsInsight {
    private final ObjectProperty<GroupInsights> groups = new SimpleObjectProperty<>(GroupInsights.NONE);
    private final StringProperty projectedMonthEnd = new SimpleStringProperty("");
    private final StringProperty projectedMonthEndInterval = new SimpleStringProperty("");
    private final StringProperty projectedMonthEndDetail = new SimpleStringProperty("");
    private final ObjectProperty<Consumer<GroupKey>> onOpenAnomalies = new SimpleObjectProperty<>(group -> { });

    /** The comparison and anomalies per group; {@link GroupInsights#NONE} while there are none. */
    public ObjectProperty<GroupInsights> groupsProperty() {
        return groups;
    }

    /** "Projected month end" in words, e.g. "$12,345 ($11,000 – $13,600)"; empty when nothing is projected. */
    public StringProperty projectedMonthEndProperty() {
        return projectedMonthEnd;
    }

    /** The projection's 80 % interval in few words, e.g. "80 %: $11k – $13.6k". */
    public StringProperty projectedMonthEndIntervalProperty() {
        return projectedMonthEndInterval;
    }

    /** How the projection was made, for a tooltip. */
    public StringProperty projectedMonthEndDetailProperty() {
        return projectedMonthEndDetail;
    }

    /** Shows the anomalies of a group, e.g. from a click on the grouped table's anomaly cell. */
    public ObjectProperty<Consumer<GroupKey>> onOpenAnomaliesProperty() {
        return onOpenAnomalies;
    }

    /** Opens the anomalies of {@code group}. */
    public void openAnomalies(GroupKey group) {
        onOpenAnomalies.get().accept(group);
    }
}
