package com.deadlinecost.ui.results;

import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.ui.common.CoalescedRefresh;
import com.deadlinecost.ui.common.RecomputeScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one copy of the shown result's rows on the FX side. A query run hands it every page ({@link #add}); a stored
 * result comes in whole ({@link #load}). It keeps two views of the same rows:
 * <ul>
 *   <li>{@link #all()}: every row received, in arrival order (exports of the whole result, the values a column
 *       filter offers, job names); one append per page;</li>
 *   <li>{@link #shown()}: the rows passing the filter, in the table's order, what table, summary and chart read.
 *       Pages that arrive between two merges (a pulse, at most every {@link #MERGE_GAP} in the window) go into it
 *       as one sorted batch with one change, so listeners (the totals, the chart's cells) add the batch instead
 *       of going over every row again.</li>
 * </ul>
 * A new filter or a new result replaces the shown rows in one change (watch {@link #replacingProperty()} to keep a
 * selection across it); a new order permutes them. Called on the FX thread only.
 */
public final class RowStore {
    /** The shortest time between two merges of pages into the shown rows in the window. */
    public static final Duration MERGE_GAP = Duration.ofMillis(200);
    private final ObservableList<CostRow> all = FXCollections.observableArrayList();
    private final ObservableList<CostRow> allReadOnly = FXCollections.unmodifiableObservableList(all);
    private final ShownRows shown = new ShownRows();
    private final List<CostRow> pending = new ArrayList<>();
    private final CoalescedRefresh intake;
    private final ReadOnlyBooleanWrapper replacing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasRows = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper showsRows = new ReadOnlyBooleanWrapper(false);
    private Predicate<? super CostRow> filter = row -> true;
    private Comparator<? super CostRow> order = ResultsViewModel.TIE_BREAKER;

    /**
     * A store whose pages reach {@link #shown()} through {@code scheduler}: in the window on a pulse at most every
     * {@link #MERGE_GAP}, since each merge costs a relayout of the visible table rows whatever the batch's size.
     */
    public RowStore(RecomputeScheduler scheduler) {
        this.intake = new CoalescedRefresh(scheduler.atMostEvery(MERGE_GAP), this::mergePending);
    }

    /** Appends a delivered page; it reaches the shown rows with the other pages of this pulse. */
    public void add(Collection<? extends CostRow> page) {
        if (page.isEmpty()) {
            return;
        }
        all.addAll(page);
        hasRows.set(true);
        pending.addAll(page);
        intake.request();
    }

    /** Replaces the rows with a whole result at once (a stored run, say): one change of each view. */
    public void load(Collection<? extends CostRow> result) {
        pending.clear();
        all.setAll(result);
        hasRows.set(!all.isEmpty());
        refilter();
    }

    /** Removes every row (a new query starts). */
    public void clear() {
        load(List.of());
    }

    /** Every row received, in arrival order, unmodifiable. */
    public ObservableList<CostRow> all() {
        return allReadOnly;
    }

    /** The rows passing the filter in the current order; give it to a table once. */
    public ObservableList<CostRow> shown() {
        return shown;
    }

    /** How many rows were received. */
    public int size() {
        return all.size();
    }

    /** Shows only rows {@code accepted} lets through; the shown rows are replaced in one change. */
    public void setFilter(Predicate<? super CostRow> accepted) {
        filter = Objects.requireNonNull(accepted, "accepted");
        refilter();
    }

    /** Orders the shown rows by {@code comparator} (which should end in a tie-breaker); one permutation. */
    public void setOrder(Comparator<? super CostRow> comparator) {
        order = Objects.requireNonNull(comparator, "comparator");
        flush();
        shown.reorder(order);
    }

    /** The order of the shown rows. */
    public Comparator<? super CostRow> order() {
        return order;
    }

    /** Merges the pages that wait for the next pulse now (a run that ended shows its last pages at once). */
    public void flush() {
        intake.flush();
    }

    /**
     * Whether any row was received. Changes only between none and some, unlike {@link #all()}, which changes with
     * every page: bind state that only cares whether there are rows to this.
     */
    public ReadOnlyBooleanProperty hasRowsProperty() {
        return hasRows.getReadOnlyProperty();
    }

    /** Whether any row is shown; changes only between none and some. */
    public ReadOnlyBooleanProperty showsRowsProperty() {
        return showsRows.getReadOnlyProperty();
    }

    /** True while the shown rows are replaced in one change: views put their selection back after. */
    public ReadOnlyBooleanProperty replacingProperty() {
        return replacing.getReadOnlyProperty();
    }

    private void mergePending() {
        if (pending.isEmpty()) {
            return;
        }
        List<CostRow> batch = new ArrayList<>(pending.size());
        for (CostRow row : pending) {
            if (filter.test(row)) {
                batch.add(row);
            }
        }
        pending.clear();
        batch.sort(order);
        shown.merge(batch, order);
        showsRows.set(!shown.isEmpty());
    }

    private void refilter() {
        pending.clear();
        List<CostRow> passing = new ArrayList<>();
        for (CostRow row : all) {
            if (filter.test(row)) {
                passing.add(row);
            }
        }
        passing.sort(order);
        replacing.set(true);
        try {
            shown.replaceAll(passing);
        } finally {
            replacing.set(false);
        }
        showsRows.set(!shown.isEmpty());
    }
}
