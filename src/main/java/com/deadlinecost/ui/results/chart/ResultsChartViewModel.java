package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Measures;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartCells;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartOverlayFold;
import com.deadlinecost.present.chart.ChartOverlayInputs;
import com.deadlinecost.present.chart.ChartSeries;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.ProjectionSummary;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.ui.common.CoalescedRefresh;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.results.DrillDownViewModel;
import com.deadlinecost.ui.results.DrillStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chart of the shown (filtered) rows: which dimension splits the series, what they measure, the
 * chart type and how many groups keep their own series before the rest fold into "Other". The series come
 * from {@link ChartData} (a continuous time axis, folded to coarser display buckets when the plot is
 * narrower than the buckets are many) and are recomputed once per batch of row changes, never per row.
 *
 * <p>Rows that arrive (a batch merged into the shown rows) are added to the chart's cells ({@link ChartCells}),
 * which costs the batch; once per pulse the cells are ranked and laid out as series, in time proportional to the
 * cells. Anything else (a new filter, dimension, measure, chart type, zoom or plot width) folds all rows afresh on
 * the {@link TaskRunner}, never on the FX thread (tens of milliseconds at a two-year hourly result): at most one
 * fold runs at a time; changes while it runs fold again once it ends, from the rows as they are then, and the
 * superseded fold's result is dropped (each fold carries the generation it was started for). Rows arriving while
 * a fold runs are added to its cells when it ends.
 *
 * <p>A drag across the time axis zooms into a part of the range ({@link #zoomTo}); {@link #resetZoom()} goes
 * back and {@link #queryZoomedRange()} asks for the zoomed range as a new query.
 *
 * <p>Clicking a group drills into it; legend items hide and show series. A hidden series keeps its
 * colour index, so the other series do not change colour when one is hidden.
 */
public final class ResultsChartViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ResultsChartViewModel.class);

    /** Groups with their own series unless the user asks otherwise. */
    /** The most groups the top-N spinner offers. */
    public static final int MAX_TOP_N = 30;

    private final ObservableList<? extends CostRow> rows;
    private final DrillDownViewModel drillDown;
    private final ObjectProperty<ChartKind> chartType = new SimpleObjectProperty<>(ChartKind.RANKED_BARS);
    private final ObjectProperty<GroupField> dimension = new SimpleObjectProperty<>();
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.COST_SUM);
    private final IntegerProperty topN = new SimpleIntegerProperty(ViewSettings.DEFAULT_TOP_N);
    private final ObservableList<GroupField> dimensions = FXCollections.observableArrayList();
    private final ObservableSet<String> hiddenSeries = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<SeriesSet> seriesSet = new ReadOnlyObjectWrapper<>();
    private final CoalescedRefresh refresh;

    private final ReadOnlyObjectWrapper<ChartData> chartData = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty plotWidth = new SimpleDoubleProperty(1000);
    private final ReadOnlyObjectWrapper<TimeRange> zoomRange = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Consumer<StatisticsQuery>> onQueryRange = new SimpleObjectProperty<>();
    private final ObservableValue<StatisticsQuery> query;
    private final TaskRunner runner;
    /** Bumped by every change the chart depends on; a fold started for an older one is dropped. */
    private long generation;
    private final ReadOnlyBooleanWrapper folding = new ReadOnlyBooleanWrapper();
    private boolean foldAgain;
    /** The cells of the shown rows, grown batch by batch; null while a fold from all rows is due or running. */
    private ChartCells cells;
    /** Rows that arrived while a fold from all rows ran: added to its cells when it ends. */
    private final List<CostRow> arrived = new ArrayList<>();
    private boolean foldAll = true;
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectionSummary> projection = new SimpleObjectProperty<>();
    private final ObservableList<Anomaly> anomalies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartOverlayInputs> overlayInputs =
        new ReadOnlyObjectWrapper<>(ChartOverlayInputs.NONE);
    private ChartOverlayFold.Folded folded;
    private ChartData foldedData;
    private ChartOverlayInputs foldedInputs;
    private DisplayNames foldedNames;

    /**
     * A chart of {@code rows}.
     *
     * @param rows the filtered rows the table shows
     * @param query the query the rows belong to; its group-bys are the dimensions offered
     * @param drillDown where clicks on groups go
     * @param scheduler when the series are recomputed
     * @param runner where the rows are folded into the chart's series, off the FX thread
     */
    public ResultsChartViewModel(ObservableList<? extends CostRow> rows, ObservableValue<StatisticsQuery> query,
                                 DrillDownViewModel drillDown, RecomputeScheduler scheduler, TaskRunner runner) {
        this.rows = rows;
        this.runner = Objects.requireNonNull(runner, "runner");
        this.query = query;
        this.drillDown = drillDown;
        this.refresh = new CoalescedRefresh(scheduler, this::recompute);
        rows.addListener(this::rowsChanged);
        chartType.addListener((observable, before, after) -> foldAll());
        measure.addListener((observable, before, after) -> foldAll());
        topN.addListener((observable, before, after) -> foldAll());
        dimension.addListener((observable, before, after) -> {
            hiddenSeries.clear();
            foldAll();
        });
        plotWidth.addListener((observable, before, after) -> {
            if (ChartData.maxBucketsFor(before.doubleValue()) != ChartData.maxBucketsFor(after.doubleValue())) {
                foldAll();
            }
        });
        zoomRange.addListener((observable, before, after) -> foldAll());
        query.addListener((observable, before, shown) -> {
            zoomRange.set(null);
            offerDimensionsOf(shown);
            overlaysChanged();
        });
        drillDown.steps().addListener((ListChangeListener<DrillStep>) change -> moveOffDrilledDimension());
        comparison.addListener(observable -> overlaysChanged());
        projection.addListener(observable -> overlaysChanged());
        anomalies.addListener((ListChangeListener<Anomaly>) change -> overlaysChanged());
        offerDimensionsOf(query.getValue());
    }

    /**
     * The comparison whose earlier period time charts draw as a faint line per series (a ghost behind stacked
     * bars), bucket by bucket; null for none. Set it together with the query it compares.
     */
    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    /** The projection time charts continue each series with (dashed, with its 80 % band); null for none. */
    public ObjectProperty<ProjectionSummary> projectionProperty() {
        return projection;
    }

    /** The anomalies time charts mark on their group's series; empty for none. */
    public ObservableList<Anomaly> anomalies() {
        return anomalies;
    }

    /** What the overlays above amount to for the chart model and its exports. */
    public ReadOnlyObjectProperty<ChartOverlayInputs> overlayInputsProperty() {
        return overlayInputs.getReadOnlyProperty();
    }

    /** The overlays as they are now, for an export of the chart. */
    public ChartOverlayInputs overlayInputs() {
        return overlayInputs.get();
    }

    private void overlaysChanged() {
        StatisticsQuery shown = query.getValue();
        Comparison compared = comparison.get();
        Optional<ChartOverlayInputs.EarlierRows> earlier = compared == null || shown == null ? Optional.empty()
            : Optional.of(ChartOverlayInputs.EarlierRows.of(compared.earlierRows(), shown.range(),
                compared.earlierQuery().range(), compared.with().label(), shown.offset()));
        Optional<ProjectionBasis> basis = Optional.ofNullable(projection.get()).map(ProjectionSummary::basis);
        overlayInputs.set(new ChartOverlayInputs(earlier, basis, List.copyOf(anomalies)));
    }

    /** The chart type. */
    public ObjectProperty<ChartKind> chartTypeProperty() {
        return chartType;
    }

    /** The field the series split by; one of {@link #dimensions()}. */
    public ObjectProperty<GroupField> dimensionProperty() {
        return dimension;
    }

    /** What the series measure. */
    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** How many groups keep their own series; the rest fold into "Other". At least 1. */
    public IntegerProperty topNProperty() {
        return topN;
    }

    /** The dimensions that can be chosen: the fields the shown query grouped by. */
    public ObservableList<GroupField> dimensions() {
        return dimensions;
    }

    /** The series of the filtered rows; null while no query is shown. */
    public ReadOnlyObjectProperty<SeriesSet> seriesSetProperty() {
        return seriesSet.getReadOnlyProperty();
    }

    /**
     * The series, recomputed first if anything changed since they were last computed; with a background
     * runner the recomputation finishes later, so this is the last finished fold.
     */
    public SeriesSet currentSeriesSet() {
        refresh.flush();
        return seriesSet.get();
    }

    /** The chart's data: the series over display buckets and what was folded; null while nothing is shown. */
    public ReadOnlyObjectProperty<ChartData> chartDataProperty() {
        return chartData.getReadOnlyProperty();
    }

    /**
     * The chart's data, recomputed first if anything changed since it was last computed; with a background
     * runner the recomputation finishes later, so this is the last finished fold.
     */
    public ChartData currentChartData() {
        refresh.flush();
        return chartData.get();
    }

    /** The model to paint, with series named through {@code names}; null while nothing is shown. */
    public ChartModel model(DisplayNames names, Palette.Theme theme) {
        ChartData data = chartData.get();
        if (data == null) {
            return null;
        }
        String zoomed = zoomRange.get() == null ? "" : " (zoomed)";
        ChartModel.Header header = ChartModel.Header.titled(Measures.chartTitle(measure.get(), data.series()
            .dimension(), chartType.get().overTime(), chartType.get() == ChartKind.SHARE) + zoomed);
        ChartModel plain = ChartModel.of(data, chartType.get(), names, header, Set.copyOf(hiddenSeries), theme);
        // Folding the overlays reads every earlier and projection row: once per data, inputs and names, not per
        // repaint (hiding a series or switching the theme reuses the fold).
        if (folded == null || foldedData != data || foldedInputs != overlayInputs.get() || foldedNames != names) {
            folded = ChartOverlayFold.fold(plain, data, overlayInputs.get(), names);
            foldedData = data;
            foldedInputs = overlayInputs.get();
            foldedNames = names;
        }
        return folded.applyTo(plain);
    }

    /** True while the rows are being folded into the chart's series in the background. */
    public ReadOnlyBooleanProperty foldingProperty() {
        return folding.getReadOnlyProperty();
    }

    /** The plot's width in points, set by the view; it decides how many display buckets fit. */
    public DoubleProperty plotWidthProperty() {
        return plotWidth;
    }

    /** The zoomed part of the query's range, or null when the whole range is shown. */
    public ReadOnlyObjectProperty<TimeRange> zoomRangeProperty() {
        return zoomRange.getReadOnlyProperty();
    }

    /** Zooms into the display buckets from {@code first} to {@code last} (inclusive, either order). */
    public void zoomTo(int first, int last) {
        ChartData data = chartData.get();
        if (data == null || !chartType.get().overTime() || data.series().buckets().isEmpty()) {
            return;
        }
        List<Bucket> buckets = data.series().buckets();
        int from = Math.max(0, Math.min(first, last));
        int to = Math.min(buckets.size() - 1, Math.max(first, last));
        TimeRange range = new TimeRange(buckets.get(from).start(), buckets.get(to).end());
        if (!range.equals(data.range())) {
            zoomRange.set(range);
        }
    }

    /** Shows the query's whole range again. */
    public void resetZoom() {
        zoomRange.set(null);
    }

    /** Where a request to query the zoomed range goes; the explorer fills the query form with it. */
    public ObjectProperty<Consumer<StatisticsQuery>> onQueryRangeProperty() {
        return onQueryRange;
    }

    /** Asks for the shown query over the zoomed range, to run it at the data's own period. */
    public void queryZoomedRange() {
        StatisticsQuery shown = query.getValue();
        TimeRange range = zoomRange.get();
        Consumer<StatisticsQuery> handler = onQueryRange.get();
        if (shown != null && range != null && handler != null) {
            handler.accept(new StatisticsQuery(shown.farmId(), shown.resources(), range, shown.offset(),
                shown.period(), shown.groupBy(), shown.statistics()));
        }
    }

    /** Hides or shows the series with this key. */
    public void toggleSeries(String key) {
        if (!hiddenSeries.remove(key)) {
            hiddenSeries.add(key);
        }
    }

    /** Filters the results to the group of a drawn series ("Other" cannot be drilled into). */
    public void drillInto(ChartSeries series) {
        if (series.drillable() && dimension.get() != null) {
            drillDown.open(dimension.get(), series.groupValue());
        }
    }

    /** Asks for a follow-up query of a drawn series' group, split by {@code nextGroupBy}. */
    public void requestQuery(ChartSeries series, GroupField nextGroupBy) {
        if (series.drillable() && dimension.get() != null) {
            drillDown.requestQuery(dimension.get(), series.groupValue(), nextGroupBy);
        }
    }

    /** Keys of the series the legend hid (see {@link #seriesKey(Series)}). */
    public ObservableSet<String> hiddenSeries() {
        return hiddenSeries;
    }

    /** A key naming a series across recomputations: its group value, or markers for "Other" and absent. */
    public static String seriesKey(Series series) {
        return ChartModel.seriesKey(series);
    }

    /** Whether the legend hid {@code series}. */
    public boolean isHidden(Series series) {
        return hiddenSeries.contains(seriesKey(series));
    }

    /** Hides a shown series or shows a hidden one. */
    public void toggleSeries(Series series) {
        toggleSeries(seriesKey(series));
    }

    /** Whether clicking {@code series} can drill into it ("Other" folds many groups, so it cannot). */
    public boolean canDrillInto(Series series) {
        return !series.isOther() && dimension.get() != null;
    }

    /** Filters the results to the group of {@code series}. */
    public void drillInto(Series series) {
        if (canDrillInto(series)) {
            drillDown.open(dimension.get(), series.groupValue().orElse(null));
        }
    }

    /** Asks for a follow-up query of the group of {@code series}, split by {@code nextGroupBy}. */
    public void requestQuery(Series series, GroupField nextGroupBy) {
        if (canDrillInto(series)) {
            drillDown.requestQuery(dimension.get(), series.groupValue().orElse(null), nextGroupBy);
        }
    }

    /** The fields a follow-up query can split a series' group by. */
    public List<GroupField> followUpFields() {
        return dimension.get() == null ? List.of() : drillDown.followUpFields(dimension.get());
    }

    /** The short name of a measure for the chooser, e.g. "Runtime". */
    public static String measureName(Measure measure) {
        return Measures.name(measure);
    }

    private void offerDimensionsOf(StatisticsQuery shown) {
        List<GroupField> offered = shown == null ? List.of() : shown.groupBy();
        if (!dimensions.equals(offered)) {
            dimensions.setAll(offered);
        }
        if (dimension.get() == null || !offered.contains(dimension.get())) {
            dimension.set(offered.isEmpty() ? null : offered.get(0));
        }
        moveOffDrilledDimension();
        foldAll();
    }

    /** A dimension drilled into shows one group; the other grouped field is the interesting split then. */
    private void moveOffDrilledDimension() {
        List<GroupField> drilled = new ArrayList<>();
        for (DrillStep step : drillDown.steps()) {
            drilled.add(step.field());
        }
        if (!drilled.contains(dimension.get())) {
            return;
        }
        for (GroupField candidate : dimensions) {
            if (!drilled.contains(candidate)) {
                dimension.set(candidate);
                return;
            }
        }
    }

    /**
     * The chart's data folded afresh for a canvas {@code canvasWidth} wide (an export's, say), from the rows and
     * choices as they are now, through the same fold as the screen's. Call on the FX thread; the returned fold
     * takes a snapshot and may run on any thread. Null when nothing is shown.
     */
    public Supplier<ChartData> foldFor(double canvasWidth) {
        FoldInput input = snapshot(ChartData.maxBucketsFor(ChartData.plotWidthOf(canvasWidth)));
        return input == null ? null : input::fold;
    }

    /** A batch merged into the shown rows goes into the cells; any other change folds all rows again. */
    private void rowsChanged(ListChangeListener.Change<? extends CostRow> change) {
        while (change.next()) {
            if (change.wasPermutated()) {
                continue;
            }
            if (change.wasRemoved() || change.wasUpdated()) {
                foldAll();
                return;
            }
            if (cells != null) {
                cells.addAll(change.getAddedSubList());
                refresh.request();
            } else if (folding.get() && !foldAll) {
                arrived.addAll(change.getAddedSubList());
            }
        }
    }

    private void foldAll() {
        foldAll = true;
        cells = null;
        arrived.clear();
        refresh.request();
    }

    private void recompute() {
        if (!foldAll) {
            if (cells != null) {
                show(cells.data());
            }
            return;
        }
        foldAll = false;
        generation++;
        if (folding.get()) {
            foldAgain = true;
            return;
        }
        startFold();
    }

    private void startFold() {
        arrived.clear();
        FoldInput input = snapshot(ChartData.maxBucketsFor(plotWidth.get()));
        if (input == null) {
            seriesSet.set(null);
            chartData.set(null);
            return;
        }
        long started = generation;
        folding.set(true);
        runner.submit(context -> input.cells(), new TaskCallbacks<ChartCells>(
            folded -> foldEnded(started, folded),
            failure -> {
                LOG.warn("Folding the chart's rows failed", failure);
                foldEnded(started, null);
            },
            () -> foldEnded(started, null)));
    }

    private void foldEnded(long started, ChartCells folded) {
        if (folded != null && started == generation && !foldAll) {
            cells = folded.addAll(arrived);
            arrived.clear();
            show(cells.data());
        }
        folding.set(false);
        if (foldAgain) {
            foldAgain = false;
            startFold();
        }
    }

    private void show(ChartData data) {
        chartData.set(data);
        seriesSet.set(data.series());
    }

    /** What one fold needs, taken on the FX thread so the fold can run anywhere; null while nothing is shown. */
    private FoldInput snapshot(int maxBuckets) {
        GroupField field = dimension.get();
        StatisticsQuery shown = query.getValue();
        if (field == null || shown == null) {
            return null;
        }
        int groups = Math.max(1, topN.get());
        ChartKind type = Objects.requireNonNull(chartType.get(), "chartType");
        TimeRange range = zoomRange.get() == null ? shown.range() : zoomRange.get();
        ChartData.Request request = new ChartData.Request(type, field, measure.get(), groups, shown.period(),
            shown.offset(), range);
        return new FoldInput(List.copyOf(rows), request, maxBuckets);
    }

    private record FoldInput(List<CostRow> rows, ChartData.Request request, int maxBuckets) {
        ChartData fold() {
            return ChartData.of(rows, request, maxBuckets);
        }

        ChartCells cells() {
            return new ChartCells(request, maxBuckets).addAll(rows);
        }
    }
}
