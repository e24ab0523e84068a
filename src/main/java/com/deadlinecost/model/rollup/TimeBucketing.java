package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * How a regrouping treats time: keep the rows' buckets, fold them into one bucket over the whole
 * range, or fold them into coarser period buckets (DAILY into WEEKLY, say) at a UTC offset.
 */
public final class TimeBucketing {

    private static final Object WHOLE_RANGE_SLOT = new Object();
    private static final TimeBucketing KEEP = new TimeBucketing(null, null, false);
    private static final TimeBucketing WHOLE = new TimeBucketing(null, null, true);

    private final Period period;
    private final UtcOffset offset;
    private final boolean wholeRange;

    private TimeBucketing(Period period, UtcOffset offset, boolean wholeRange) {
        this.period = period;
        this.offset = offset;
        this.wholeRange = wholeRange;
    }

    /** Keep each row's bucket as it is. */
    public static TimeBucketing keepBuckets() {
        return KEEP;
    }

    /** One bucket spanning all rows (totals over time). */
    public static TimeBucketing wholeRange() {
        return WHOLE;
    }

    /**
     * Buckets of {@code period} with boundaries local to {@code offset}. Each row's bucket must fit
     * in one of them: splitting a bucket into finer ones would invent numbers, so it fails.
     */
    public static TimeBucketing of(Period period, UtcOffset offset) {
        return new TimeBucketing(Objects.requireNonNull(period, "period"), Objects.requireNonNull(offset, "offset"),
            false);
    }

    /**
     * The identity of the output bucket a row bucket folds into; rows with equal slot keys share an
     * output bucket, which then spans from the earliest start to the latest end of its rows.
     */
    Object slotKey(Bucket bucket) {
        if (wholeRange) {
            return WHOLE_RANGE_SLOT;
        }
        if (period == null) {
            return bucket;
        }
        Instant start = period.floor(bucket.start(), offset);
        Instant end = period.next(start, offset);
        if (bucket.end().isAfter(end)) {
            String periodName = period.label().toLowerCase(Locale.ROOT);
            throw new IllegalArgumentException("Cannot fold " + bucket + " into " + periodName + " buckets at "
                + offset + ": it spans more than one; choose a longer period");
        }
        return start;
    }

    @Override
    public String toString() {
        if (wholeRange) {
            return "TimeBucketing[whole range]";
        }
        return period == null ? "TimeBucketing[keep]" : "TimeBucketing[" + period + " at " + offset + "]";
    }
}
