package com.deadlinecost.present.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a time chart draws over its series, part of the {@link ChartModel} so the screen and every export draw the
 * same: the earlier period of a comparison (a faint line per series, a ghost bar behind stacked bars, aligned bucket
 * by bucket), a projection (each series continued dashed with its 80 % band) and anomaly markers. All arrays run
 * over the model's buckets. Built by {@link ChartOverlayFold}.
 *
 * @param earlier the earlier period, if compared
 * @param projected the projection, if shown
 * @param markers the anomaly markers
 */
public record ChartOverlays(Optional<Earlier> earlier, Optional<Projected> projected, List<ChartMarker> markers) {
    /** Nothing drawn over the series. */
    public static final ChartOverlays NONE = new ChartOverlays(Optional.empty(), Optional.empty(), List.of());

    public ChartOverlays {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(projected, "projected");
        markers = List.copyOf(markers);
    }

    /** Whether anything is drawn. */
    public boolean isEmpty() {
        return earlier.isEmpty() && projected.isEmpty() && markers.isEmpty();
    }

    /**
     * The earlier period.
     *
     * @param label the legend's words, e.g. "Last month (Feb 1 – Feb 28)"
     * @param values per series key, the earlier value of each bucket's partner (NaN where it has none)
     */
    public record Earlier(String label, Map<String, double[]> values) {
        public Earlier {
            Objects.requireNonNull(label, "label");
            values = Map.copyOf(values);
        }

        /** The earlier values of series {@code key}, if it has any. */
        public Optional<double[]> of(String key) {
            return Optional.ofNullable(values.get(key));
        }
    }

    /**
     * A line with its band, NaN where it is not drawn.
     *
     * @param values the expected values
     * @param low the lower edge of the 80 % band
     * @param high the upper edge
     */
    public record Band(double[] values, double[] low, double[] high) {
        public Band {
            Objects.requireNonNull(values, "values");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }
    }

    /**
     * The projection from the bucket the data reaches to the target.
     *
     * @param label the legend's words, e.g. "Projected to Mar 31, 80 % band"
     * @param firstBucket the first bucket with a projected value; the line joins the actual one bucket before it
     * @param series per series key, its projection (whole buckets: actual so far plus the expected rest)
     * @param total the projection of all series together, whose band the stacked bars show
     */
    public record Projected(String label, int firstBucket, Map<String, Band> series, Band total) {
        public Projected {
            Objects.requireNonNull(label, "label");
            series = Map.copyOf(series);
            Objects.requireNonNull(total, "total");
        }

        /** The projection of series {@code key}, if it has one. */
        public Optional<Band> of(String key) {
            return Optional.ofNullable(series.get(key));
        }
    }
}
