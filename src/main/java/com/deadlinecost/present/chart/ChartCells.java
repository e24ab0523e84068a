package com.deadlinecost.present.chart;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.rollup.TimeBucketing;
import com.deadlinecost.model.rollup.TopSeriesFold;
import com.deadlinecost.model.row.CostRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of a result that grows page by page: the rows go into the chart's (group, display bucket) cells as
 * they arrive, which costs the batch, and {@link #data()} ranks the groups and lays the series over the time axis
 * from the cells alone. {@link ChartData#of} is the same fold over all rows at once. Not thread-safe: build it on
 * one thread, or hand it over as a whole.
 */
public final class ChartCells {
    private final ChartData.Request request;
    private final Period display;
    private final TopSeriesFold.Cells cells;

    /** No rows yet, charted as {@code request} asks with at most {@code maxBuckets} display buckets. */
    public ChartCells(ChartData.Request request, int maxBuckets) {
        this.request = request;
        TopSeriesFold fold;
        if (request.kind().overTime()) {
            display = ChartData.displayPeriod(request.period(), request.range(), request.offset(), maxBuckets);
            TimeBucketing timing = display == request.period() ? TimeBucketing.keepBuckets()
                : TimeBucketing.of(display, request.offset());
            fold = new TopSeriesFold(request.dimension(), request.measure(), request.topN(), timing);
        } else {
            display = request.period();
            fold = new TopSeriesFold(request.dimension(), request.measure(), request.topN(),
                TimeBucketing.wholeRange());
        }
        cells = fold.cells();
    }

    /** Adds the rows of {@code batch} inside the request's range; returns this. */
    public ChartCells addAll(Iterable<? extends CostRow> batch) {
        List<CostRow> inside = new ArrayList<>();
        for (CostRow row : batch) {
            if (ChartData.inside(row, request.range())) {
                inside.add(row);
            }
        }
        cells.addAll(inside);
        return this;
    }

    /** The chart of the rows added so far. */
    public ChartData data() {
        SeriesSet set = cells.fold();
        if (!request.kind().overTime()) {
            return new ChartData(set, request.period(), request.period(), request.offset(), request.range(), "");
        }
        if (!set.isEmpty()) {
            set = set.overTimeline(request.range(), display, request.offset());
        }
        String note = display == request.period() ? "" : "Shown per " + ChartData.unit(display)
            + ": drag across the axis to see " + ChartData.unit(request.period()) + "s";
        return new ChartData(set, display, request.period(), request.offset(), request.range(), note);
    }
}
