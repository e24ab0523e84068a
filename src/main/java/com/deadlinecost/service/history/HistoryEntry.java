package com.deadlinecost.service.history;

import com.deadlinecost.model.query.StatisticsQuery;
import java.time.Instant;

/**
 * One stored result as the History pane lists it, without its rows.
 *
 * @param id the store's number of the result
 * @param connection the connection in words ("Demo studio", "AWS profile studio in us-west-2"), never credentials
 * @param farmName the farm's name when fetched
 * @param query the query the rows answer
 * @param description the query in words, what the pane shows and searches
 * @param fetchedAt when the rows were fetched (for a refreshed result: when the refresh ran)
 * @param complete false for a run that was cancelled part way: its rows are what had arrived
 * @param rowCount rows stored
 * @param bytes bytes the rows take in the store
 */
public record HistoryEntry(long id, String connection, String farmName, StatisticsQuery query, String description,
                           Instant fetchedAt, boolean complete, long rowCount, long bytes) {
}
