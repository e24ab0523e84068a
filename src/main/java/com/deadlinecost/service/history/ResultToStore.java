package com.deadlinecost.service.history;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.connection.ConnectionTarget;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A result to keep: where it came from (the connection's kind, profile name and region only), what was asked,
 * when, the rows and their names.
 */
public record ResultToStore(ConnectionTarget connection, String farmName, StatisticsQuery query, Instant fetchedAt,
                            boolean complete, List<CostRow> rows, DisplayNames names) {
    public ResultToStore {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        rows = List.copyOf(rows);
        names = names == null ? DisplayNames.empty() : names;
        farmName = farmName == null || farmName.isBlank() ? query.farmId() : farmName;
    }

    /** The connection as the store matches it: kind, profile and region; nothing secret. */
    static String identity(ConnectionTarget target) {
        return target.kind() + "|" + (target.profile() == null ? "" : target.profile()) + "|"
            + (target.region() == null ? "" : target.region());
    }
}
