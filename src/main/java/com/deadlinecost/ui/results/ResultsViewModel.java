package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.ui.common.CoalescedRefresh;
import com.deadlinecost.ui.common.RecomputeScheduler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The results half of the explorer: the rows of the shown query, filtered by quick search, drill-down and
 * column filters, sorted as the table says; the summary and the chart series of what passes the filter.
 *
 * <p>The pipeline is fixed: source -> intake -> {@link FilteredList} (predicate bound here) ->
 * {@link SortedList} (the table's comparator plus a stable tie-breaker). The table gets {@link #sortedRows()}
 * once; the lists are mutated, never replaced. Derived state follows the filtered list, so table, summary
 * and charts agree; it is recomputed through a {@link RecomputeScheduler}, once however many pages arrived.
 *
 * <p>The intake exists because a SortedList inserts added rows one at a time, each in time proportional to
 * its size: 100,000 streamed rows took seconds per page. Pages appended to the source are collected and
 * applied once per pulse; a large batch replaces the intake's content in one change, which the SortedList
 * sorts in one go (see {@link #replacingProperty()} for views that keep their selection across it).
 */
public final class ResultsViewModel {

    /** Equal rows under the table's sort keep a fixed order: by group, then by time. */
    public static final Comparator<CostRow> TIE_BREAKER =
        Comparator.comparing(CostRow::group).thenComparing(CostRow::bucket);

    /** Above this many (rows added x rows shown), a batch is applied as one replacement, not row by row. */
    static final long INCREMENTAL_LIMIT = 1_000_000;
    /** While a query loads, a replacement waits at most this long for more rows (see {@link #applyPending()}). */
    static final long MAX_DEFER_NANOS = 1_000_000_000L;

    private final ObservableList<CostRow> source;
    private final ObservableList<CostRow> intake = FXCollections.observableArrayList();
    private final List<CostRow> pending = new ArrayList<>();
    private final ReadOnlyBooleanWrapper replacing = new ReadOnlyBooleanWrapper(false);
    private final ObservableValue<StatisticsQuery> query;
    private final ObservableValue<DisplayNames> names;
    private final TextClipboard clipboard;
    private final FilteredList<CostRow> filtered;
    private final SortedList<CostRow> sorted;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty showIds = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableMap<GroupField, Set<String>> columnFilters = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<ResultsSummary> summary = new ReadOnlyObjectWrapper<>(ResultsSummary.EMPTY);
    private final ReadOnlyObjectWrapper<GroupTable> groupTable = new ReadOnlyObjectWrapper<>(GroupTable.empty());
    private final StringProperty sortColumn = new SimpleStringProperty();
    private final BooleanProperty sortDescending = new SimpleBooleanProperty(true);
    private final ObservableList<String> hiddenColumns = FXCollections.observableArrayList();
    private final ObservableMap<String, Double> columnWidths = FXCollections.observableHashMap();
    private final ObjectProperty<Measure> trendMeasure = new SimpleObjectProperty<>(Measure.COST_SUM);
    private final DrillDownViewModel drillDown;
    private final CoalescedRefresh summaryRefresh;
    private final CoalescedRefresh intakeRefresh;
    private final StringBinding emptyMessage;
    private long lastReplacement;

    /**
     * Results of {@code source}.
     *
     * @param source the rows of the shown query, mutated as pages arrive
     * @param query the query the rows belong to (null before the first run)
     * @param names display names of ids; may change after the rows arrived (null: ids only)
     * @param scheduler when derived state is recomputed
     * @param clipboard where copied rows go
     */
    public ResultsViewModel(ObservableList<CostRow> source, ObservableValue<StatisticsQuery> query,
                            ObservableValue<DisplayNames> names, RecomputeScheduler scheduler,
                            TextClipboard clipboard) {
        this.source = source;
        this.query = query;
        this.names = names;
        this.clipboard = clipboard;
        this.drillDown = new DrillDownViewModel(query);
        this.filtered = new FilteredList<>(intake);
        this.sorted = new SortedList<>(filtered, TIE_BREAKER);
        // Names matter to the filter only while the search has text. A query by job brings new job names with
        // nearly every page, and re-filtering (and so re-sorting) every row on each made loading quadratic.
        ObjectProperty<DisplayNames> searchedNames = new SimpleObjectProperty<>();
        names.addListener((observable, before, after) -> {
            if (searchText.get() != null && !searchText.get().isEmpty()) {
                searchedNames.set(after);
            }
        });
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::currentPredicate, searchText,
            drillDown.steps(), columnFilters, searchedNames));
        this.summaryRefresh = new CoalescedRefresh(scheduler, this::recomputeSummary);
        this.intakeRefresh = new CoalescedRefresh(scheduler, this::applyPending);
        source.addListener(this::sourceChanged);
        intake.setAll(source);
        filtered.addListener((ListChangeListener<CostRow>) change -> summaryRefresh.request());
        names.addListener((observable, before, after) -> summaryRefresh.request());
        trendMeasure.addListener((observable, before, after) -> summaryRefresh.request());
        query.addListener((observable, before, after) -> columnFilters.clear());
        loading.addListener((observable, before, now) -> intakeRefresh.request());
        emptyMessage = Bindings.createStringBinding(this::currentEmptyMessage, query, loading,
            intake, filtered);
        summaryRefresh.request();
    }

    /** The rows to show, filtered and sorted; give it to the table once. */
    public SortedList<CostRow> sortedRows() {
        return sorted;
    }

    /** The rows passing the filter, in arrival order (large batches: in the table's order). */
    public ObservableList<CostRow> filteredRows() {
        return filtered;
    }

    /** Sorts the rows by the table's comparator (may be null: unsorted), then by {@link #TIE_BREAKER}. */
    public void bindSortOrder(ObservableValue<Comparator<CostRow>> tableComparator) {
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> {
            Comparator<CostRow> byTable = tableComparator.getValue();
            return byTable == null ? TIE_BREAKER : byTable.thenComparing(TIE_BREAKER);
        }, tableComparator));
    }

    /** The quick search over names and ids of the grouped fields. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Whether id columns are shown next to names. */
    public BooleanProperty showIdsProperty() {
        return showIds;
    }

    /** Whether a query is still delivering rows; bind it to the run's running state. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The query the rows belong to, or null. */
    public StatisticsQuery query() {
        return query.getValue();
    }

    /** The query as an observable, for views that rebuild on a new query. */
    public ObservableValue<StatisticsQuery> queryValue() {
        return query;
    }

    /** The names to show ids by; never null. */
    public DisplayNames names() {
        DisplayNames current = names.getValue();
        return current == null ? DisplayNames.empty() : current;
    }

    /** The names as an observable, for cells that follow names arriving late. */
    public ObservableValue<DisplayNames> namesValue() {
        return names;
    }

    /**
     * The id of the column the grouped table is sorted by (null: cost, largest first); kept across runs and saved
     * with a view.
     */
    public StringProperty sortColumnProperty() {
        return sortColumn;
    }

    /** Whether that sort is descending. */
    public BooleanProperty sortDescendingProperty() {
        return sortDescending;
    }

    /** Ids of the grouped table's columns the user hid; kept across runs and saved with a view. */
    public ObservableList<String> hiddenColumns() {
        return hiddenColumns;
    }

    /** Widths the user gave the grouped table's columns, by column id; kept across runs and saved with a view. */
    public ObservableMap<String, Double> columnWidths() {
        return columnWidths;
    }

    /**
     * What the grouped table's sparklines and bucket columns show: the chart's measure, so that the table and the
     * chart tell the same story. Null reads as cost.
     */
    public ObjectProperty<Measure> trendMeasureProperty() {
        return trendMeasure;
    }

    /** The measure the grouped table shows per bucket now. */
    public Measure trendMeasure() {
        return trendMeasure.get() == null ? Measure.COST_SUM : trendMeasure.get();
    }

    /** The shown rows one line per group, largest cost first; recomputed with the summary. */
    public ReadOnlyObjectProperty<GroupTable> groupTableProperty() {
        return groupTable.getReadOnlyProperty();
    }

    /** The drill-down path. */
    public DrillDownViewModel drillDown() {
        return drillDown;
    }


    /** Totals of the filtered rows, recomputed once per batch of changes. */
    public ReadOnlyObjectProperty<ResultsSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why no row is shown ("No usage in this range"), or empty when rows are shown. */
    public StringBinding emptyMessageBinding() {
        return emptyMessage;
    }

    /** Only rows whose {@code field} value is one of {@code allowed} (ids; null allows absent values). */
    public void setColumnFilter(GroupField field, Set<String> allowed) {
        // A copy that may hold null (absent values), which Set.copyOf refuses.
        columnFilters.put(field, Collections.unmodifiableSet(new HashSet<>(allowed)));
    }

    /** Lets every value of {@code field} through again. */
    public void clearColumnFilter(GroupField field) {
        columnFilters.remove(field);
    }

    /** The values of {@code field} allowed by its column filter; empty when it is not filtered. */
    public Optional<Set<String>> columnFilter(GroupField field) {
        return Optional.ofNullable(columnFilters.get(field));
    }

    /**
     * The distinct values of {@code field} in all rows of the query (not only the filtered ones, so a
     * filtered-out value can be ticked again), ordered by display name; null stands for absent.
     */
    public List<String> distinctValues(GroupField field) {
        Map<String, String> byName = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        DisplayNames current = names();
        for (CostRow row : source) {
            String value = row.value(field).orElse(null);
            if (seen.add(value)) {
                byName.put(current.name(field, value) + "\u0000" + value, value);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /** Clears the search, the column filters and the drill-down. */
    public void clearFilters() {
        searchText.set("");
        columnFilters.clear();
        drillDown.backTo(0);
    }

    /** The rows as tab-separated text with a header line (see {@link RowsTsv}); empty without a query. */
    public String rowsAsTsv(List<? extends CostRow> rows) {
        StatisticsQuery shown = query.getValue();
        if (shown == null) {
            return "";
        }
        return RowsTsv.of(rows, shown, names(), currentSummary().costTotal());
    }

    /** Copies {@code rows} (the table's selection) to the clipboard; nothing happens when none is given. */
    public void copyRows(List<? extends CostRow> rows) {
        if (!rows.isEmpty() && query.getValue() != null) {
            clipboard.putText(rowsAsTsv(rows));
        }
    }

    /** True while a batch of rows replaces the shown rows in one change: views restore their selection after. */
    public ReadOnlyBooleanProperty replacingProperty() {
        return replacing.getReadOnlyProperty();
    }

    /** The summary, recomputed first if rows changed since it was last computed. */
    public ResultsSummary currentSummary() {
        intakeRefresh.flush();
        summaryRefresh.flush();
        return summary.get();
    }

    /** Pages appended to the source wait for the next pulse; any other change applies at once. */
    private void sourceChanged(ListChangeListener.Change<? extends CostRow> change) {
        boolean appended = true;
        List<CostRow> added = new ArrayList<>();
        while (change.next()) {
            boolean atEnd = change.getFrom() == intake.size() + pending.size() + added.size();
            if (change.wasPermutated() || change.wasUpdated() || change.wasRemoved() || !atEnd) {
                appended = false;
                break;
            }
            added.addAll(change.getAddedSubList());
        }
        if (appended) {
            pending.addAll(added);
            intakeRefresh.request();
        } else {
            pending.clear();
            replaceIntake(source);
        }
    }

    private void applyPending() {
        if (pending.isEmpty()) {
            return;
        }
        boolean incremental = (long) pending.size() * intake.size() <= INCREMENTAL_LIMIT;
        if (!incremental && loading.get() && pending.size() < intake.size() / 2
                && System.nanoTime() - lastReplacement < MAX_DEFER_NANOS) {
            // Each replacement costs time in proportion to all rows shown; doing one every pulse while pages stream in
            // starved the FX thread (BENCHMARKS.md). Wait until the waiting rows are half the shown ones or a second
            // has passed; the next page, or the end of loading, asks again.
            return;
        }
        List<CostRow> batch = new ArrayList<>(pending);
        pending.clear();
        if (incremental) {
            intake.addAll(batch);
            return;
        }
        List<CostRow> all = new ArrayList<>(intake.size() + batch.size());
        all.addAll(intake);
        all.addAll(batch);
        // Keep the intake in the table's order: the rows it holds form one sorted run, so TimSort adds the batch in
        // about O(n + k log k) and the SortedList's merge sort then finds its input in order. Re-sorting rows in
        // arrival order took O(n log n) comparisons on every pulse, most of the FX thread's time (BENCHMARKS.md).
        all.sort(sorted.getComparator());
        replaceIntake(all);
    }

    private void replaceIntake(List<CostRow> rows) {
        lastReplacement = System.nanoTime();
        replacing.set(true);
        try {
            intake.setAll(rows);
        } finally {
            replacing.set(false);
        }
    }

    private Predicate<CostRow> currentPredicate() {
        return new RowFilter(searchText.get(), drillDown.steps(), columnFilters).predicate(names());
    }

    private void recomputeSummary() {
        StatisticsQuery shown = query.getValue();
        summary.set(ResultsSummary.of(filtered, topField(shown)));
        groupTable.set(shown == null ? GroupTable.empty() : GroupTable.of(filtered, shown, trendMeasure()));
    }

    // Inside a drilled-into group, the top is of the other grouping (the top user of the queue), not the group
    // itself at 100 %.
    private GroupField topField(StatisticsQuery shown) {
        if (shown == null) {
            return null;
        }
        for (GroupField field : shown.groupBy()) {
            if (drillDown.steps().stream().noneMatch(step -> step.field() == field)) {
                return field;
            }
        }
        return shown.groupBy().get(0);
    }

    private String currentEmptyMessage() {
        if (query.getValue() == null) {
            return "Run a query to see where the money and compute time go.";
        }
        if (intake.isEmpty()) {
            return loading.get() ? "Loading results\u2026" : "No usage in this range. Try a longer range or other "
                + "queues or fleets.";
        }
        return filtered.isEmpty() ? "No rows match the search or filters." : "";
    }
}
