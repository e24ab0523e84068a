package com.deadlinecost.present.chart;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.Labels;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a time chart can draw over its series, as the investigation found it; {@link ChartOverlayFold} folds it into
 * the chart's buckets and series.
 *
 * @param earlier the rows of the earlier period of a comparison
 * @param projection what the month-end projection read
 * @param anomalies the anomalies to mark
 */
public record ChartOverlayInputs(Optional<EarlierRows> earlier, Optional<ProjectionBasis> projection,
                                 List<Anomaly> anomalies) {
    /** Nothing to draw over the series. */
    public static final ChartOverlayInputs NONE = new ChartOverlayInputs(Optional.empty(), Optional.empty(),
        List.of());

    public ChartOverlayInputs {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(projection, "projection");
        anomalies = List.copyOf(anomalies);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return earlier.isEmpty() && projection.isEmpty() && anomalies.isEmpty();
    }

    /**
     * The earlier period of a comparison.
     *
     * @param rows its rows, grouped as the current query
     * @param currentRange the current query's whole range (a zoomed chart shows part of it)
     * @param earlierRange the earlier range, whose buckets pair with the current ones by position
     * @param label what the legend calls it, e.g. "Last month (Feb 1 – Feb 28)"
     */
    public record EarlierRows(List<CostRow> rows, TimeRange currentRange, TimeRange earlierRange, String label) {
        public EarlierRows {
            rows = List.copyOf(rows);
            Objects.requireNonNull(currentRange, "currentRange");
            Objects.requireNonNull(earlierRange, "earlierRange");
            Objects.requireNonNull(label, "label");
        }

        /** The earlier period called {@code with} and its days, e.g. "Last month (Feb 1 – Feb 28)". */
        public static EarlierRows of(List<CostRow> rows, TimeRange currentRange, TimeRange earlierRange,
                                     String with, UtcOffset offset) {
            Instant last = earlierRange.end().minusSeconds(1);
            boolean withYear = Labels.spansYears(earlierRange.start(), currentRange.end(), offset);
            return new EarlierRows(rows, currentRange, earlierRange, with + " (" + Labels.bucket(earlierRange
                .start(), Period.DAILY, offset, withYear) + " \u2013 " + Labels.bucket(last, Period.DAILY, offset,
                withYear) + ")");
        }
    }
}
