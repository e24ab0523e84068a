package com.deadlinecost.present.chart;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Labels;
import com.deadlinecost.present.Measures;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a chart says, computed once and drawn by {@link ChartPainter} on any {@link ChartSurface}: the
 * kind, the title and the query in words, the display buckets, the series with labels and colours, guide
 * lines, the notes. Hit-testing and tooltips work on this model, never on drawn nodes.
 *
 * <p>Adding a chart kind: add a constant to {@link ChartKind}, build a model whose series carry the values
 * and {@link ChartSeries.Mark}s it needs (a burn-up is {@link ChartKind#LINES} with a cumulative series, a
 * dashed projection with a band and {@link ChartGuide}s for its limits, so it needs no new kind at all), and
 * give {@link ChartPainter} a plot for the new constant if none of the existing plots fits; the surfaces,
 * legend, header, export and hit-testing come with it.
 *
 * @param kind how the series are drawn
 * @param measure what the values measure
 * @param header title, query in words and notes
 * @param period the display buckets' period
 * @param offset the offset bucket labels are local to
 * @param buckets the display buckets in time order (one for charts over the whole range)
 * @param series the series, largest first, "Other" last
 * @param guides horizontal lines across a time plot
 * @param foldNote said on the plot when buckets were folded for display; may be empty
 * @param theme the colours of background, text and lines
 * @param overlays what a time chart draws over its series: the earlier period, a projection, markers
 */
public record ChartModel(ChartKind kind, Measure measure, Header header, Period period, UtcOffset offset,
                         List<Bucket> buckets, List<ChartSeries> series, List<ChartGuide> guides, String foldNote,
                         Palette.Theme theme, ChartOverlays overlays) {

    /** What is written around the plot. */
    public record Header(String title, List<String> lines, String corner, String note) {
        public Header {
            title = title == null ? "" : title;
            lines = lines == null ? List.of() : List.copyOf(lines);
            corner = corner == null ? "" : corner;
            note = note == null ? "" : note;
        }

        /** Only a title. */
        public static Header titled(String title) {
            return new Header(title, List.of(), "", "");
        }
    }

    public ChartModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(header, "header");
        buckets = List.copyOf(buckets);
        series = List.copyOf(series);
        guides = guides == null ? List.of() : List.copyOf(guides);
        foldNote = foldNote == null ? "" : foldNote;
        theme = theme == null ? Palette.Theme.LIGHT : theme;
        overlays = overlays == null ? ChartOverlays.NONE : overlays;
    }

    /** A chart with nothing drawn over its series. */
    public ChartModel(ChartKind kind, Measure measure, Header header, Period period, UtcOffset offset,
                      List<Bucket> buckets, List<ChartSeries> series, List<ChartGuide> guides, String foldNote,
                      Palette.Theme theme) {
        this(kind, measure, header, period, offset, buckets, series, guides, foldNote, theme, ChartOverlays.NONE);
    }

    /** The same chart in the colours of {@code other}. */
    public ChartModel withTheme(Palette.Theme other) {
        return new ChartModel(kind, measure, header, period, offset, buckets, series, guides, foldNote, other,
            overlays);
    }

    /** The same chart over {@code shown} buckets with {@code drawn} series and {@code over} them. */
    public ChartModel withOverlays(List<Bucket> shown, List<ChartSeries> drawn, ChartOverlays over) {
        return new ChartModel(kind, measure, header, period, offset, shown, drawn, guides, foldNote, theme, over);
    }

    /** The index of the series with key {@code key}, or -1. */
    public int indexOf(String key) {
        for (int index = 0; index < series.size(); index++) {
            if (series.get(index).key().equals(key)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * The model of {@code data} drawn as {@code kind}: series labelled through {@code names}, coloured by
     * their group ids, those whose key is in {@code hidden} kept greyed in the legend.
     */
    public static ChartModel of(ChartData data, ChartKind kind, DisplayNames names, Header header,
                                Set<String> hidden, Palette.Theme theme) {
        SeriesSet set = data.series();
        List<String> labels = Labels.seriesLabels(set.series(), names, set.dimension());
        List<String> groups = new ArrayList<>();
        List<Boolean> other = new ArrayList<>();
        for (Series one : set.series()) {
            groups.add(one.groupValue().orElse(null));
            other.add(one.isOther());
        }
        List<Rgb> colours = Palette.colours(groups, other);
        List<ChartSeries> series = new ArrayList<>();
        for (int index = 0; index < set.series().size(); index++) {
            Series one = set.series().get(index);
            String key = seriesKey(one);
            series.add(new ChartSeries(key, one.groupValue().orElse(null), labels.get(index), colours.get(index),
                one.values(), one.total(), ChartSeries.Mark.AUTO, null, null, !hidden.contains(key),
                !one.isOther()));
        }
        String title = header.title().isEmpty()
            ? Measures.chartTitle(set.measure(), set.dimension(), kind.overTime(), kind == ChartKind.SHARE)
            : header.title();
        return new ChartModel(kind, set.measure(), new Header(title, header.lines(), header.corner(), header.note()),
            data.period(), data.offset(), set.buckets(), series, List.of(), data.foldNote(), theme);
    }

    /** A key naming a series across recomputations: its group value, or markers for "Other" and absent. */
    public static String seriesKey(Series series) {
        if (series.isOther()) {
            return "\u0000other";
        }
        return series.groupValue().orElse("\u0000none");
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return series.isEmpty() || buckets.isEmpty();
    }

    /** The visible series. */
    public List<ChartSeries> visibleSeries() {
        List<ChartSeries> visible = new ArrayList<>();
        for (ChartSeries one : series) {
            if (one.visible()) {
                visible.add(one);
            }
        }
        return visible;
    }

    /** The label of display bucket {@code index} on the axis. */
    public String bucketLabel(int index, boolean withYear) {
        return Labels.bucket(buckets.get(index).start(), period, offset, withYear);
    }

    /** Whether the buckets span more than one year, so axis labels carry the year. */
    public boolean spansYears() {
        return !buckets.isEmpty() && Labels.spansYears(buckets.get(0).start(),
            buckets.get(buckets.size() - 1).start(), offset);
    }

    /**
     * The tooltip of a series in a bucket (or over the whole range for charts without a time axis), e.g.
     * "Lighting · Mar 3, 2025 · $12.50 (34.0 % of the day)".
     */
    public String describe(int seriesIndex, int bucketIndex) {
        ChartSeries one = series.get(seriesIndex);
        if (kind == ChartKind.WATERFALL) {
            return one.label() + "\n" + WaterfallCharts.valueText(one) + (one.detail().isEmpty() ? ""
                : "\n" + one.detail());
        }
        if (!kind.overTime()) {
            double total = 0;
            for (ChartSeries each : visibleSeries()) {
                total += Math.max(0, each.finite(0));
            }
            return one.label() + "\n" + Measures.full(measure, one.values()[0]) + " ("
                + Formats.percent(Math.max(0, one.finite(0)) / total) + " of the total shown)";
        }
        Bucket bucket = buckets.get(bucketIndex);
        double total = 0;
        for (ChartSeries each : visibleSeries()) {
            total += Math.max(0, each.finite(bucketIndex));
        }
        String value = Measures.full(measure, one.values()[bucketIndex]);
        String share = total > 0 && measure != Measure.AVERAGE_COST
            ? " (" + Formats.percent(Math.max(0, one.finite(bucketIndex)) / total) + " of the bucket)" : "";
        return one.label() + "\n" + Labels.bucketSpan(bucket.start(), bucket.end(), period, offset) + "\n" + value
            + share + overlaysSay(one.key(), bucketIndex);
    }

    /** What the earlier period and the projection add to a bucket's tooltip. */
    private String overlaysSay(String key, int bucketIndex) {
        StringBuilder said = new StringBuilder();
        overlays.earlier().flatMap(earlier -> earlier.of(key)).ifPresent(values -> {
            double earlier = values[bucketIndex];
            if (Double.isFinite(earlier)) {
                double now = series.get(indexOf(key)).values()[bucketIndex];
                said.append("\nEarlier: ").append(Measures.full(measure, earlier));
                if (Double.isFinite(now) && earlier != 0) {
                    said.append(" (").append(now >= earlier ? "+" : "").append(Formats.percent((now - earlier)
                        / Math.abs(earlier))).append(')');
                }
            }
        });
        overlays.projected().flatMap(projected -> projected.of(key)).ifPresent(band -> {
            boolean projectedHere = bucketIndex >= overlays.projected().get().firstBucket();
            if (projectedHere && Double.isFinite(band.values()[bucketIndex])) {
                said.append("\nProjected: ").append(Measures.full(measure, band.values()[bucketIndex]))
                    .append(" (80 %: ").append(Measures.full(measure, band.low()[bucketIndex])).append(" \u2013 ")
                    .append(Measures.full(measure, band.high()[bucketIndex])).append(')');
            }
        });
        return said.toString();
    }
}
