package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.StatisticsQuery;

/**
 * One service aggregation of a planned run: the user's query narrowed to at most ten resources and a time range
 * cut at bucket boundaries.
 *
 * @param query what to send: the narrowed query
 * @param slice which time slice of the plan the chunk belongs to; chunks of one slice cover the same buckets, chunks
 *     of different slices share none (a chunk split in time keeps its slice)
 * @param firstResource position of the chunk's first resource in the user's selection, from 1
 * @param lastResource position of its last resource, inclusive
 * @param weight the chunk's share of the whole query, for progress
 */
record QueryChunk(StatisticsQuery query, int slice, int firstResource, int lastResource, double weight) {

    int resourceCount() {
        return lastResource - firstResource + 1;
    }
}
