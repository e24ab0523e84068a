package com.deadlinecost.service.export;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.platform.AppVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What every export says about where its numbers came from: the query, the names of its ids, the farm's
 * name, the connection (described in words, never with credentials), when it was exported and by which
 * version of the app.
 *
 * @param query the query the rows answer
 * @param names display names of the farm's queues, fleets, users and jobs
 * @param farmName the farm's display name (its id when unknown)
 * @param connection the connection in words, e.g. "Demo studio" or "AWS profile studio in us-west-2"
 * @param exportedAt the moment of the export
 * @param appVersion the app's version
 */
public record ExportContext(StatisticsQuery query, DisplayNames names, String farmName, String connection,
                            Instant exportedAt, String appVersion) {

    /** The note every export of costs carries. */
    public static final String COST_NOTE = "Costs are estimates from AWS Deadline Cloud (run time x rate; "
        + "customer-managed fleets at $1 per worker-hour); idle workers, storage and logs are not included.";

    /** Checks the members; a missing farm name falls back to the farm's id. */
    public ExportContext {
        Objects.requireNonNull(query, "query");
        names = names == null ? DisplayNames.empty() : names;
        farmName = farmName == null || farmName.isBlank() ? query.farmId() : farmName;
        connection = connection == null ? "" : connection;
        Objects.requireNonNull(exportedAt, "exportedAt");
        appVersion = appVersion == null ? AppVersion.current() : appVersion;
    }

    /** A context exported now by this version of the app. */
    public static ExportContext of(StatisticsQuery query, DisplayNames names, String farmName, String connection,
                                   Clock clock) {
        return new ExportContext(query, names, farmName, connection, clock.instant(), AppVersion.current());
    }
}
