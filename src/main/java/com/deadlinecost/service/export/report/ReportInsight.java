package com.deadlinecost.service.export.report;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.ProjectionSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code report --compare/--anomalies/--projection} adds to a report; each part is empty when not asked for
 * (or, for the projection, when the range does not reach today).
 *
 * @param comparison the comparison with an earlier range
 * @param anomalies the anomalies found, when they were looked for
 * @param projection the month-end projection
 */
public record ReportInsight(Optional<Comparison> comparison, Optional<List<Anomaly>> anomalies,
                            Optional<ProjectionSummary> projection) {
    /** A report without investigation. */
    public static final ReportInsight NONE = new ReportInsight(Optional.empty(), Optional.empty(), Optional.empty());

    public ReportInsight {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(anomalies, "anomalies");
        Objects.requireNonNull(projection, "projection");
    }
}
