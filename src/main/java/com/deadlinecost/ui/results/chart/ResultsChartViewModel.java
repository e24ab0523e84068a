package com.deadlinecost.ui.results.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.rollup.TopSeriesFold;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.Measures;
import com.deadlinecost.service.export.chart.ChartKind;
import com.deadlinecost.service.views.ViewSettings;
import com.deadlinecost.ui.common.CoalescedRefresh;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.results.DrillDownViewModel;
import com.deadlinecost.ui.results.DrillStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The chart of the shown (filtered) rows: which dimension splits the series, what they measure, the
 * chart type and how many groups keep their own series before the rest fold into "Other". The series come
 * from the model's {@link TopSeriesFold} and are recomputed once per batch of row changes.
 *
 * <p>Clicking a group drills into it; legend items hide and show series. A hidden series keeps its
 * colour index, so the other series do not change colour when one is hidden.
 */
public final class ResultsChartViewModel {

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

    // Quiet buckets are drawn as zero up to this many buckets; past it the axis would be unreadable anyway.
    private static final int MAX_TIMELINE_BUCKETS = 2_000;
    private final ObservableValue<StatisticsQuery> query;

    /**
     * A chart of {@code rows}.
     *
     * @param rows the filtered rows the table shows
     * @param query the query the rows belong to; its group-bys are the dimensions offered
     * @param drillDown where clicks on groups go
     * @param scheduler when the series are recomputed
     */
    public ResultsChartViewModel(ObservableList<? extends CostRow> rows, ObservableValue<StatisticsQuery> query,
                                 DrillDownViewModel drillDown, RecomputeScheduler scheduler) {
        this.rows = rows;
        this.query = query;
        this.drillDown = drillDown;
        this.refresh = new CoalescedRefresh(scheduler, this::recompute);
        rows.addListener((ListChangeListener<CostRow>) change -> refresh.request());
        chartType.addListener((observable, before, after) -> refresh.request());
        measure.addListener((observable, before, after) -> refresh.request());
        topN.addListener((observable, before, after) -> refresh.request());
        dimension.addListener((observable, before, after) -> {
            hiddenSeries.clear();
            refresh.request();
        });
        query.addListener((observable, before, shown) -> offerDimensionsOf(shown));
        drillDown.steps().addListener((ListChangeListener<DrillStep>) change -> moveOffDrilledDimension());
        offerDimensionsOf(query.getValue());
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

    /** The series, recomputed first if anything changed since they were last computed. */
    public SeriesSet currentSeriesSet() {
        refresh.flush();
        return seriesSet.get();
    }

    /** Keys of the series the legend hid (see {@link #seriesKey(Series)}). */
    public ObservableSet<String> hiddenSeries() {
        return hiddenSeries;
    }

    /** A key naming a series across recomputations: its group value, or markers for "Other" and absent. */
    public static String seriesKey(Series series) {
        if (series.isOther()) {
            return "\u0000other";
        }
        return series.groupValue().orElse("\u0000none");
    }

    /** Whether the legend hid {@code series}. */
    public boolean isHidden(Series series) {
        return hiddenSeries.contains(seriesKey(series));
    }

    /** Hides a shown series or shows a hidden one. */
    public void toggleSeries(Series series) {
        String key = seriesKey(series);
        if (!hiddenSeries.remove(key)) {
            hiddenSeries.add(key);
        }
    }

    /** Whether clicking {@code series} can drill into it ("Other" folds many groups, so it cannot). */
    public boolean canDrillInto(Series series) {
        return !series.isOther() && dimension.get() != null;
    }

    /** Filters the results to the group of {@code series}. */
    public void drillInto(Series series) {
        if (canDrillInto(series)) {
            drillDown.drillInto(dimension.get(), series.groupValue().orElse(null));
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
        refresh.request();
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

    private void recompute() {
        GroupField field = dimension.get();
        if (field == null) {
            seriesSet.set(null);
            return;
        }
        int groups = Math.max(1, topN.get());
        ChartKind type = Objects.requireNonNull(chartType.get(), "chartType");
        SeriesSet folded = new TopSeriesFold(field, measure.get(), groups, type.timing()).fold(rows);
        StatisticsQuery shown = query.getValue();
        boolean timeline = type.overTime() && shown != null && !folded.isEmpty()
            && folded.buckets().size() < MAX_TIMELINE_BUCKETS;
        seriesSet.set(timeline ? folded.overTimeline(shown.range(), shown.period(), shown.offset()) : folded);
    }
}
