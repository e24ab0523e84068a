package com.deadlinecost.present.chart;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.BucketAlignment;
import com.deadlinecost.model.insight.MonthProjection;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Labels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adds {@link ChartOverlays} to the model of a time chart, folded into the chart's own display buckets and series:
 * the earlier period's rows go to the series of their group (or "Other", as the chart folds them) in the bucket
 * they are aligned with (day N with day N); the projection continues each series from the bucket the data reaches
 * to the month's end (or the range's end when later), lengthening the time axis when that lies beyond it;
 * anomalies become markers on their group's series in their bucket. Charts without a time axis come back
 * unchanged.
 */
public final class ChartOverlayFold {
    private static final String OTHER = "\u0000other";
    private static final String NONE = "\u0000none";

    private final ChartModel model;
    private final GroupField dimension;
    private final UtcOffset offset;
    private final Period period;
    private final Map<String, Integer> seriesOf = new HashMap<>();
    private final List<Bucket> buckets;
    private final Map<Instant, Integer> bucketOf = new HashMap<>();

    private ChartOverlayFold(ChartModel model, ChartData data) {
        this.model = model;
        this.dimension = data.series().dimension();
        this.offset = data.offset();
        this.period = data.period();
        for (int index = 0; index < model.series().size(); index++) {
            seriesOf.put(model.series().get(index).key(), index);
        }
        buckets = new ArrayList<>(model.buckets());
        for (int index = 0; index < buckets.size(); index++) {
            bucketOf.put(period.floor(buckets.get(index).start(), offset), index);
        }
    }

    /** {@code model} (made from {@code data}) with the overlays of {@code inputs}, named through {@code names}. */
    public static ChartModel apply(ChartModel model, ChartData data, ChartOverlayInputs inputs, DisplayNames names) {
        return fold(model, data, inputs, names).applyTo(model);
    }

    /**
     * The overlays of {@code inputs} folded for {@code model}, to apply to it or to another model of the same data
     * (the same chart with other series hidden, or in the other theme) without folding the rows again.
     */
    public static Folded fold(ChartModel model, ChartData data, ChartOverlayInputs inputs, DisplayNames names) {
        if (!model.kind().overTime() || model.isEmpty() || inputs.isEmpty()) {
            return Folded.NOTHING;
        }
        return new ChartOverlayFold(model, data).fold(data, inputs, names);
    }

    /**
     * Overlays folded into a chart's buckets and series.
     *
     * @param buckets the time axis, lengthened for a projection
     * @param values per series key, its values over those buckets
     * @param overlays what is drawn over the series
     */
    public record Folded(List<Bucket> buckets, Map<String, double[]> values, ChartOverlays overlays) {
        /** No overlays: models come back unchanged. */
        public static final Folded NOTHING = new Folded(List.of(), Map.of(), ChartOverlays.NONE);

        public Folded {
            buckets = List.copyOf(buckets);
            values = Map.copyOf(values);
        }

        /** {@code model} with the folded overlays, its series over the folded buckets. */
        public ChartModel applyTo(ChartModel model) {
            if (overlays.isEmpty() || !model.kind().overTime()) {
                return model;
            }
            List<ChartSeries> series = new ArrayList<>();
            for (ChartSeries one : model.series()) {
                double[] folded = values.get(one.key());
                series.add(folded == null ? one : one.withValues(folded));
            }
            return model.withOverlays(buckets, series, overlays);
        }
    }

    private Folded fold(ChartData data, ChartOverlayInputs inputs, DisplayNames names) {
        List<ChartSeries> series = new ArrayList<>(model.series());
        Optional<ChartOverlays.Projected> projected = Optional.empty();
        Optional<ProjectionBasis> basis = inputs.projection().filter(one -> data.series().measure()
            == Measure.COST_SUM && !data.range().end().isBefore(one.asOf()) && data.range().start().isBefore(
            one.asOf()));
        if (basis.isPresent()) {
            // A range that ends today is continued to the month's end, where the question "where is the month
            // heading" is answered; a range reaching further is continued to its own end.
            Instant monthEnd = basis.get().monthEnd();
            Instant target = data.range().end().isAfter(monthEnd) ? data.range().end() : monthEnd;
            lengthenTo(target, series);
            projected = Optional.of(project(basis.get(), target, series));
        }
        Optional<ChartOverlays.Earlier> earlier = inputs.earlier().map(rows -> earlier(rows, data.series()
            .measure()));
        List<ChartMarker> markers = new ArrayList<>();
        for (Anomaly anomaly : inputs.anomalies()) {
            marker(anomaly, names, data.dataPeriod()).ifPresent(markers::add);
        }
        Map<String, double[]> values = new HashMap<>();
        for (ChartSeries one : series) {
            values.put(one.key(), one.values());
        }
        return new Folded(buckets, values, new ChartOverlays(earlier, projected, markers));
    }

    /** The series key a row or group with {@code value} of the dimension is drawn in; null when none. */
    private String keyOf(String value) {
        String key = value == null ? NONE : value;
        if (seriesOf.containsKey(key)) {
            return key;
        }
        return seriesOf.containsKey(OTHER) ? OTHER : null;
    }

    private ChartOverlays.Earlier earlier(ChartOverlayInputs.EarlierRows earlierRows, Measure measure) {
        BucketAlignment alignment = BucketAlignment.of(earlierRows.currentRange(), earlierRows.earlierRange(),
            period, offset);
        Map<Instant, Integer> partnerOf = new HashMap<>();
        for (int index = 0; index < model.buckets().size(); index++) {
            int bucket = index;
            alignment.earlierFor(period.floor(buckets.get(index).start(), offset))
                .ifPresent(start -> partnerOf.put(start, bucket));
        }
        int count = buckets.size();
        Cells cells = new Cells(model.series().size() * count);
        for (CostRow row : earlierRows.rows()) {
            String key = keyOf(row.value(dimension).orElse(null));
            Integer bucket = partnerOf.get(period.floor(row.bucketStart(), offset));
            if (key != null && bucket != null) {
                cells.add(seriesOf.get(key) * count + bucket, row);
            }
        }
        double empty = measure == Measure.AVERAGE_COST ? Double.NaN : 0;
        Map<String, double[]> values = new HashMap<>();
        for (Map.Entry<String, Integer> one : seriesOf.entrySet()) {
            double[] line = new double[count];
            Arrays.fill(line, Double.NaN);
            for (int bucket : partnerOf.values()) {
                int cell = one.getValue() * count + bucket;
                line[bucket] = cells.count[cell] == 0 ? empty : measure.of(cells.count[cell], cells.cost[cell],
                    cells.runtime[cell]);
            }
            values.put(one.getKey(), line);
        }
        return new ChartOverlays.Earlier(earlierRows.label(), values);
    }

    /** Adds display buckets up to {@code target}, the last one unclipped first; the series get NaN there. */
    private void lengthenTo(Instant target, List<ChartSeries> series) {
        Bucket last = buckets.get(buckets.size() - 1);
        if (!last.end().isBefore(target)) {
            return;
        }
        Instant fullEnd = period.next(period.floor(last.start(), offset), offset);
        buckets.set(buckets.size() - 1, Bucket.of(last.start(), fullEnd.isAfter(target) ? target : fullEnd));
        for (Instant start = fullEnd; start.isBefore(target); start = period.next(start, offset)) {
            Instant end = period.next(start, offset);
            bucketOf.put(start, buckets.size());
            buckets.add(Bucket.of(start, end.isAfter(target) ? target : end));
        }
        for (int index = 0; index < series.size(); index++) {
            double[] values = Arrays.copyOf(series.get(index).values(), buckets.size());
            Arrays.fill(values, model.buckets().size(), values.length, Double.NaN);
            series.set(index, series.get(index).withValues(values));
        }
    }

    private ChartOverlays.Projected project(ProjectionBasis basis, Instant target, List<ChartSeries> series) {
        Instant asOf = basis.asOf();
        int first = 0;
        while (first < buckets.size() && !buckets.get(first).end().isAfter(asOf)) {
            first++;
        }
        // Nothing has happened after the data's end: buckets that start later have no actual value.
        for (int index = 0; index < series.size(); index++) {
            double[] values = series.get(index).values().clone();
            for (int bucket = first; bucket < values.length; bucket++) {
                if (!buckets.get(bucket).start().isBefore(asOf)) {
                    values[bucket] = Double.NaN;
                }
            }
            series.set(index, series.get(index).withValues(values));
        }
        Map<String, NavigableMap<LocalDate, Double>> daily = new HashMap<>();
        NavigableMap<LocalDate, Double> all = new TreeMap<>();
        for (CostRow row : basis.dailyRows()) {
            String key = keyOf(row.value(dimension).orElse(null));
            double cost = row.costTotal();
            if (Double.isNaN(cost)) {
                continue;
            }
            LocalDate day = row.bucketStart().atOffset(basis.offset().zoneOffset()).toLocalDate();
            all.merge(day, cost, Double::sum);
            if (key != null) {
                daily.computeIfAbsent(key, ignored -> new TreeMap<>()).merge(day, cost, Double::sum);
            }
        }
        Map<String, ChartOverlays.Band> bands = new HashMap<>();
        double[] soFar = new double[buckets.size()];
        for (ChartSeries one : series) {
            NavigableMap<LocalDate, Double> days = daily.getOrDefault(one.key(), new TreeMap<>());
            Optional<ChartOverlays.Band> band = band(basis, days, target, first, one.values());
            band.ifPresent(found -> bands.put(one.key(), found));
            for (int bucket = 0; bucket < soFar.length; bucket++) {
                soFar[bucket] += one.finite(bucket);
            }
        }
        ChartOverlays.Band total = band(basis, all, target, first, soFar).orElse(new ChartOverlays.Band(
            nans(soFar.length), nans(soFar.length), nans(soFar.length)));
        String label = "Projected to " + Labels.bucket(target.minusSeconds(1), Period.DAILY, offset, false)
            + ", 80 % band";
        return new ChartOverlays.Projected(label, first, bands, total);
    }

    /** The projection of one daily history over the buckets from {@code first}, joined to the actual before. */
    private Optional<ChartOverlays.Band> band(ProjectionBasis basis, NavigableMap<LocalDate, Double> days,
                                              Instant target, int first, double[] actual) {
        Optional<MonthProjection.Pattern> pattern = MonthProjection.pattern(days, basis.firstDay(), basis.asOf(),
            basis.offset());
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        int count = buckets.size();
        double[] values = nans(count);
        double[] low = nans(count);
        double[] high = nans(count);
        if (first > 0 && Double.isFinite(actual[first - 1])) {
            values[first - 1] = actual[first - 1];
            low[first - 1] = actual[first - 1];
            high[first - 1] = actual[first - 1];
        }
        for (int bucket = first; bucket < count; bucket++) {
            Bucket one = buckets.get(bucket);
            Instant from = one.start().isBefore(basis.asOf()) ? basis.asOf() : one.start();
            Instant to = one.end().isAfter(target) ? target : one.end();
            if (!to.isAfter(from)) {
                continue;
            }
            double already = Double.isFinite(actual[bucket]) ? actual[bucket] : 0;
            MonthProjection.Outlook rest = pattern.get().over(from, to);
            values[bucket] = already + rest.expectedUsd();
            low[bucket] = Math.max(already, values[bucket] - rest.spreadUsd());
            high[bucket] = values[bucket] + rest.spreadUsd();
        }
        return Optional.of(new ChartOverlays.Band(values, low, high));
    }

    private Optional<ChartMarker> marker(Anomaly anomaly, DisplayNames names, Period dataPeriod) {
        Integer bucket = bucketOf.get(period.floor(anomaly.start(), offset));
        if (bucket == null || bucket >= model.buckets().size()) {
            return Optional.empty();
        }
        String key = anomaly.group().fields().contains(dimension)
            ? keyOf(anomaly.group().valueOrNull(dimension)) : null;
        List<String> lines = new ArrayList<>();
        lines.add(names.label(anomaly.group()));
        lines.add(Labels.bucketSpan(anomaly.start(), anomaly.end(), dataPeriod, offset));
        lines.add("Actual " + Formats.money(anomaly.actualUsd()) + ", expected " + Formats.money(anomaly
            .expectedUsd()));
        lines.add("Excess " + Formats.money(anomaly.excessUsd()) + ", score " + String.format(java.util.Locale.ROOT,
            "%.1f", anomaly.score()));
        if (!anomaly.detail().isEmpty()) {
            lines.add(anomaly.detail());
        }
        return Optional.of(new ChartMarker(key, bucket, anomaly.kind().label(), lines));
    }

    private static double[] nans(int count) {
        double[] values = new double[count];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /** Count, cost and runtime per cell, the inputs of a {@link Measure}. */
    private static final class Cells {
        private final long[] count;
        private final double[] cost;
        private final double[] runtime;

        Cells(int size) {
            count = new long[size];
            cost = new double[size];
            runtime = new double[size];
        }

        void add(int cell, CostRow row) {
            count[cell] += row.count();
            cost[cell] += Double.isNaN(row.costTotal()) ? 0 : row.costTotal();
            runtime[cell] += Double.isNaN(row.runtimeTotal()) ? 0 : row.runtimeTotal();
        }
    }
}
