package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.rollup.GroupTotals;
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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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

/**
 * The results half of the explorer: the rows of the shown query, filtered by quick search, drill-down and
 * column filters, sorted as the table says; the summary and the grouped table of what passes the filter.
 *
 * <p>The rows live in one {@link RowStore}, which this view model owns: the filter and the table's order (plus a
 * stable tie-breaker) are set on it, and {@link #shownRows()} is the table's list, set once and never replaced.
 * Each pulse's pages arrive in it as one sorted batch with one change; the totals (summary and grouped table) add
 * that batch to running sums and only rank the groups anew, once per pulse through a {@link RecomputeScheduler}.
 * A new filter, query, drill-down or trend measure recomputes them from the shown rows.
 */
public final class ResultsViewModel {

    /** Equal rows under the table's sort keep a fixed order: by group, then by time. */
    public static final Comparator<CostRow> TIE_BREAKER =
        Comparator.comparing(CostRow::group).thenComparing(CostRow::bucket);

    private final RowStore rows;
    private final ObservableValue<StatisticsQuery> query;
    private final ObservableValue<DisplayNames> names;
    private final TextClipboard clipboard;
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
    private final ResultsInsight insight = new ResultsInsight();
    private final CoalescedRefresh summaryRefresh;
    private final StringBinding emptyMessage;
    private final ObjectBinding<RowFilter> rowFilter;
    /** Running totals of the shown rows; null when they must be recomputed from all shown rows. */
    private ResultsSummary.Totals summaryTotals;
    private GroupTotals groupTotals;

    /**
     * Results of the rows in {@code rows}.
     *
     * @param rows the store the shown query's pages go into (see {@link RowStore})
     * @param query the query the rows belong to (null before the first run)
     * @param names display names of ids; may change after the rows arrived (null: ids only)
     * @param scheduler when derived state is recomputed
     * @param clipboard where copied rows go
     */
    public ResultsViewModel(RowStore rows, ObservableValue<StatisticsQuery> query,
                            ObservableValue<DisplayNames> names, RecomputeScheduler scheduler,
                            TextClipboard clipboard) {
        this.rows = rows;
        this.query = query;
        this.names = names;
        this.clipboard = clipboard;
        this.drillDown = new DrillDownViewModel(query);
        this.summaryRefresh = new CoalescedRefresh(scheduler, this::publishTotals);
        rowFilter = Bindings.createObjectBinding(() -> new RowFilter(searchText.get(), drillDown.steps(),
            columnFilters), searchText, drillDown.steps(), columnFilters);
        rowFilter.addListener((observable, before, now) -> refilter(before, false));
        // Names arriving late (job names page by page) matter to the filter only when it searches.
        names.addListener((observable, before, after) -> {
            refilter(rowFilter.get(), true);
            summaryRefresh.request();
        });
        rows.setFilter(rowFilter.get().predicate(names()));
        rows.shown().addListener(this::shownChanged);
        trendMeasure.addListener((observable, before, after) -> recomputeTotals());
        drillDown.steps().addListener((ListChangeListener<DrillStep>) change -> recomputeTotals());
        query.addListener((observable, before, after) -> {
            columnFilters.clear();
            recomputeTotals();
        });
        // On whether there are rows, not on the lists: a chart redraws whenever this message is invalidated.
        emptyMessage = Bindings.createStringBinding(this::currentEmptyMessage, query, loading,
            rows.hasRowsProperty(), rows.showsRowsProperty());
        summaryRefresh.request();
    }

    /** The rows to show, filtered and in the table's order; give it to the table once. */
    public ObservableList<CostRow> shownRows() {
        return rows.shown();
    }

    /** The store of the result's rows: every row received ({@link RowStore#all()}) and the shown ones. */
    public RowStore rows() {
        return rows;
    }

    /** Sorts the rows by the table's comparator (may be null: unsorted), then by {@link #TIE_BREAKER}. */
    public void bindSortOrder(ObservableValue<Comparator<CostRow>> tableComparator) {
        // On invalidation, not on change: the table's comparator stays equal when only a column's sort type flips.
        tableComparator.addListener(observable -> rows.setOrder(withTieBreaker(tableComparator.getValue())));
        rows.setOrder(withTieBreaker(tableComparator.getValue()));
    }

    private static Comparator<CostRow> withTieBreaker(Comparator<CostRow> byTable) {
        return byTable == null ? TIE_BREAKER : byTable.thenComparing(TIE_BREAKER);
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

    /** What the investigation of the shown query adds: comparison, anomalies and projection. */
    public ResultsInsight insight() {
        return insight;
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
        for (CostRow row : rows.all()) {
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

    /** True while the shown rows are replaced in one change (a new filter): views restore their selection after. */
    public ReadOnlyBooleanProperty replacingProperty() {
        return rows.replacingProperty();
    }

    /** The summary, recomputed first if rows changed since it was last computed. */
    public ResultsSummary currentSummary() {
        rows.flush();
        summaryRefresh.flush();
        return summary.get();
    }

    // A filter that lets everything through stays so when only the names changed: no pass over the rows.
    private void refilter(RowFilter before, boolean namesChanged) {
        RowFilter now = rowFilter.get();
        if (now.isEmpty() && (namesChanged || before.isEmpty())) {
            return;
        }
        rows.setFilter(now.predicate(names()));
    }

    /** A batch merged into the shown rows is added to the totals; any other change recomputes them. */
    private void shownChanged(ListChangeListener.Change<? extends CostRow> change) {
        while (change.next()) {
            if (change.wasPermutated()) {
                continue;
            }
            if (change.wasRemoved() || change.wasUpdated() || summaryTotals == null) {
                recomputeTotals();
                return;
            }
            List<? extends CostRow> added = change.getAddedSubList();
            summaryTotals.addAll(added);
            if (groupTotals != null) {
                groupTotals.addAll(added);
            }
            summaryRefresh.request();
        }
    }

    private void recomputeTotals() {
        summaryTotals = null;
        groupTotals = null;
        summaryRefresh.request();
    }

    /** Publishes the totals, once per pulse; only the ranking of the groups looks at all of them. */
    private void publishTotals() {
        StatisticsQuery shown = query.getValue();
        if (summaryTotals == null) {
            summaryTotals = new ResultsSummary.Totals(topField(shown)).addAll(rows.shown());
            groupTotals = shown == null ? null : new GroupTotals(shown).addAll(rows.shown());
        }
        summary.set(summaryTotals.summary());
        groupTable.set(groupTotals == null ? GroupTable.empty() : groupTotals.table(trendMeasure()));
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
        if (!rows.hasRowsProperty().get()) {
            return loading.get() ? "Loading results\u2026" : "No usage in this range. Try a longer range or other "
                + "queues or fleets.";
        }
        return !rows.showsRowsProperty().get() ? "No rows match the search or filters." : "";
    }
}
