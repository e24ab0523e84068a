package com.deadlinecost.present.chart;

import java.util.List;
import java.util.Objects;

/**
 * A marker on a time chart at a series' bucket, such as an anomaly: drawn as a small diamond, described by a
 * tooltip when the pointer is on it.
 *
 * @param seriesKey the series it sits on ({@link ChartModel#seriesKey}); null when no series of the chart stands
 *     for it, so it sits on the top of the bucket
 * @param bucket the display bucket's index
 * @param title what it is, e.g. "Spend spike"
 * @param lines what the tooltip says under the title
 */
public record ChartMarker(String seriesKey, int bucket, String title, List<String> lines) {
    public ChartMarker {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
    }

    /** The tooltip's text. */
    public String describe() {
        return lines.isEmpty() ? title : title + "\n" + String.join("\n", lines);
    }
}
