package com.deadlinecost.service.deadline;

/**
 * Where a run stands among the service aggregations ("chunks") it was split into: the chunk running, how many
 * there are, what it covers, and the share of the whole query done. The count can grow during a run: a chunk whose
 * result is too large is replaced by two smaller ones.
 *
 * @param index the running chunk, from 1
 * @param count the chunks known so far
 * @param description what the chunk covers, e.g. "queues 11-20, March 2025"; empty when it covers the whole query
 * @param shareDone from 0 to 1, or NaN while unknown (a run of one chunk)
 */
public record ChunkProgress(int index, int count, String description, double shareDone) {

    /** A run of one aggregation: no chunks to speak of, share unknown until done. */
    public static final ChunkProgress WHOLE_QUERY = new ChunkProgress(1, 1, "", Double.NaN);

    /** Whether the run was split, so that chunk numbers are worth showing. */
    public boolean split() {
        return count > 1;
    }

    /** Whether {@link #shareDone()} holds a number, for a determinate progress bar. */
    public boolean shareKnown() {
        return !Double.isNaN(shareDone);
    }

    /** "chunk 3 of 8: queues 11-20, March 2025", or "" for a run of one chunk. */
    public String label() {
        if (!split()) {
            return "";
        }
        String chunk = "chunk " + index + " of " + count;
        return description.isEmpty() ? chunk : chunk + ": " + description;
    }
}
