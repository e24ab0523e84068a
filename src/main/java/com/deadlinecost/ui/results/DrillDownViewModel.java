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
    private final ObservableValue<StatisticsQuery> query;
    private final ObjectProperty<Consumer<DrillQueryRequest>> onDrillQuery = new SimpleObjectProperty<>();
    private final ObjectProperty<Consumer<StatisticsQuery>> onReturn = new SimpleObjectProperty<>();
    private final ObservableList<Origin> origins = FXCollections.observableArrayList();
    private final ObservableList<Origin> readOnlyOrigins = FXCollections.unmodifiableObservableList(origins);
    private final BooleanBinding canGoBack = Bindings.isNotEmpty(steps).or(Bindings.isNotEmpty(origins));

    /**
     * A query a follow-up was asked from, and the drill-down depth the follow-up started at: stepping back above
     * that depth returns to the query.
     */
    public record Origin(StatisticsQuery query, List<DrillStep> steps, int depth) {
    }

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

    /**
     * Opens a group: with a second grouping the results regroup by it (the chart moves off the drilled field);
     * a query grouped by this field alone has nothing left to split by, so the group is queried again by the
     * next field (user, or job for a user), which {@link #onDrillQueryProperty()} runs.
     */
    public void open(GroupField field, String value) {
        StatisticsQuery shown = query.getValue();
        if (shown != null && shown.groupBy().size() == 1 && shown.groupBy().get(0) == field
            && onDrillQuery.get() != null) {
            requestQuery(field, value, field == GroupField.USER_ID ? GroupField.JOB_ID : GroupField.USER_ID);
        } else {
            drillInto(field, value);
        }
    }

    /** Steps back one level. */
    public void back() {
        if (!steps.isEmpty()) {
            backTo(steps.size() - 1);
        } else if (!origins.isEmpty()) {
            backTo(0);
        }
    }

    /**
     * Steps back to {@code depth} levels (0: everything). Above the depth a follow-up query started at, this
     * returns to the query it was asked from, as its drill-down stood then.
     */
    public void backTo(int depth) {
        if (depth < 0 || depth > steps.size()) {
            throw new IllegalArgumentException("No drill-down level " + depth + "; there are " + steps.size());
        }
        if (!origins.isEmpty() && depth < origins.get(origins.size() - 1).depth()) {
            Origin origin = origins.remove(origins.size() - 1);
            steps.setAll(origin.steps().subList(0, Math.min(depth, origin.steps().size())));
            Consumer<StatisticsQuery> handler = onReturn.get();
            if (handler != null) {
                handler.accept(origin.query());
            }
            return;
        }
        if (depth < steps.size()) {
            steps.remove(depth, steps.size());
        }
    }

    /** The queries follow-ups were asked from, oldest first; empty when the shown query was run by hand. */
    public ObservableList<Origin> origins() {
        return readOnlyOrigins;
    }

    /** Where returning to an earlier query goes; the explorer runs it. */
    public ObjectProperty<Consumer<StatisticsQuery>> onReturnProperty() {
        return onReturn;
    }

    /** Forgets the follow-up trail, for a query the user ran by hand. */
    public void forgetOrigins() {
        origins.clear();
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
        List<DrillStep> before = new ArrayList<>(steps);
        drillInto(field, value);
        StatisticsQuery shown = query.getValue();
        Consumer<DrillQueryRequest> handler = onDrillQuery.get();
        if (shown != null && handler != null) {
            origins.add(new Origin(shown, List.copyOf(before), steps.size()));
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
