package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drill-down path of the results: a stack of groups the user clicked into (a bar, a slice, a table
 * group), shown as a breadcrumb. Stepping back pops levels. A request to query a group by another field
 * ("query this queue by user") goes to {@link #onDrillQueryProperty()}, which the query panel handles.
 *
 * <p>When a new query is shown, levels on fields it still groups by are kept, so a chained query ("this
 * user, by job") opens already filtered to the group it was asked for.
 */
public final class DrillDownViewModel {

    /** The fields a group can be split by in a follow-up query, in menu order. */
    public static final List<GroupField> FOLLOW_UP_FIELDS = List.of(GroupField.USER_ID, GroupField.JOB_ID,
        GroupField.INSTANCE_TYPE);

    private final ObservableList<DrillStep> steps = FXCollections.observableArrayList();
    private final ObservableList<DrillStep> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final BooleanBinding canGoBack = Bindings.isNotEmpty(steps);
    private final ObservableValue<StatisticsQuery> query;
    private final ObjectProperty<Consumer<DrillQueryRequest>> onDrillQuery = new SimpleObjectProperty<>();

    /** A drill-down over the results of {@code query}. */
    public DrillDownViewModel(ObservableValue<StatisticsQuery> query) {
        this.query = query;
        query.addListener((observable, before, shown) -> keepStepsOf(shown));
    }

    /** The levels, outermost first; empty when showing everything. */
    public ObservableList<DrillStep> steps() {
        return readOnlySteps;
    }

    /** Whether there is a level to step back from. */
    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }

    /**
     * Filters to the group {@code field = value}. Drilling into a field already drilled into replaces that
     * level and drops the levels after it; drilling into the current last level again does nothing.
     */
    public void drillInto(GroupField field, String value) {
        DrillStep step = new DrillStep(field, value);
        if (!steps.isEmpty() && steps.get(steps.size() - 1).equals(step)) {
            return;
        }
        for (int index = 0; index < steps.size(); index++) {
            if (steps.get(index).field() == field) {
                steps.remove(index, steps.size());
                break;
            }
        }
        steps.add(step);
    }

    /** Steps back one level. */
    public void back() {
        if (!steps.isEmpty()) {
            steps.remove(steps.size() - 1);
        }
    }

    /** Steps back to {@code depth} levels (0: everything). */
    public void backTo(int depth) {
        if (depth < 0 || depth > steps.size()) {
            throw new IllegalArgumentException("No drill-down level " + depth + "; there are " + steps.size());
        }
        if (depth < steps.size()) {
            steps.remove(depth, steps.size());
        }
    }

    /** The fields a group of {@code field} can be split by in a follow-up query. */
    public List<GroupField> followUpFields(GroupField field) {
        List<GroupField> fields = new ArrayList<>(FOLLOW_UP_FIELDS);
        fields.remove(field);
        return fields;
    }

    /**
     * Filters to the group and asks for a follow-up query splitting it by {@code nextGroupBy}. Nothing is
     * requested while no query is shown or nobody listens.
     */
    public void requestQuery(GroupField field, String value, GroupField nextGroupBy) {
        drillInto(field, value);
        StatisticsQuery shown = query.getValue();
        Consumer<DrillQueryRequest> handler = onDrillQuery.get();
        if (shown != null && handler != null) {
            handler.accept(new DrillQueryRequest(shown, field, value, nextGroupBy));
        }
    }

    /** Where follow-up query requests go; the explorer wires this to the query panel. */
    public ObjectProperty<Consumer<DrillQueryRequest>> onDrillQueryProperty() {
        return onDrillQuery;
    }

    private void keepStepsOf(StatisticsQuery shown) {
        int keep = 0;
        while (keep < steps.size() && shown != null && shown.groupBy().contains(steps.get(keep).field())) {
            keep++;
        }
        backTo(keep);
    }
}
