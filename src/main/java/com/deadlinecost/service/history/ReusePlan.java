package com.deadlinecost.service.history;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which part of a query a stored result answers: the buckets it holds that had settled when it was fetched (they
 * ended at least the settle window before the fetch), cut at bucket boundaries of the query's period and offset,
 * and the parts before and after them that must be fetched. A bucket is taken whole from one side or the other, so
 * its count, min, max and average stay those of one aggregation, exactly as in a full fetch.
 *
 * @param source the stored result the reused buckets come from
 * @param reused the range answered from the store
 * @param toFetch the ranges (zero, one or two) still to ask the service for
 * @param bucketsReused buckets in {@code reused}
 * @param bucketsFetched buckets in {@code toFetch}
 */
record ReusePlan(HistoryEntry source, TimeRange reused, List<TimeRange> toFetch, int bucketsReused,
                 int bucketsFetched) {

    /**
     * The stored result that answers the most buckets of {@code query}, if any answers a whole bucket.
     *
     * @param candidates stored results of the same shape overlapping the query, newest first
     */
    static Optional<ReusePlan> best(StatisticsQuery query, List<HistoryEntry> candidates, Duration settleWindow) {
        ReusePlan best = null;
        for (HistoryEntry candidate : candidates) {
            Optional<ReusePlan> plan = of(query, candidate, settleWindow);
            if (plan.isPresent() && (best == null || plan.get().bucketsReused > best.bucketsReused)) {
                best = plan.get();
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<ReusePlan> of(StatisticsQuery query, HistoryEntry stored, Duration settleWindow) {
        Period period = query.period();
        UtcOffset offset = query.offset();
        TimeRange wanted = query.range();
        TimeRange had = stored.query().range();
        Instant settledBy = stored.fetchedAt().minus(settleWindow);
        // The stored and the new first bucket are the same only from a boundary on, or when both ranges start there.
        Instant from = latest(wanted.start(), had.start());
        if (!isBoundary(from, period, offset) && !wanted.start().equals(had.start())) {
            from = period.next(period.floor(from, offset), offset);
        }
        Instant until = earliest(earliest(wanted.end(), had.end()), settledBy);
        boolean sameClippedEnd = until.equals(wanted.end()) && wanted.end().equals(had.end());
        if (!isBoundary(until, period, offset) && !sameClippedEnd) {
            until = period.floor(until, offset);
        }
        if (!from.isBefore(until)) {
            return Optional.empty();
        }
        List<TimeRange> toFetch = new ArrayList<>(2);
        if (wanted.start().isBefore(from)) {
            toFetch.add(new TimeRange(wanted.start(), from));
        }
        if (until.isBefore(wanted.end())) {
            toFetch.add(new TimeRange(until, wanted.end()));
        }
        TimeRange reused = new TimeRange(from, until);
        int fetched = toFetch.stream().mapToInt(range -> buckets(range, period, offset)).sum();
        return Optional.of(new ReusePlan(stored, reused, List.copyOf(toFetch), buckets(reused, period, offset),
            fetched));
    }

    /** Whether a stored row falls in the reused range. */
    boolean covers(CostRow row) {
        return !row.bucketStart().isBefore(reused.start()) && !row.bucketEnd().isAfter(reused.end());
    }

    /** "89 days from history, 1 day fetched". */
    String note(Period period) {
        return count(bucketsReused, period) + " from history, " + count(bucketsFetched, period) + " fetched";
    }

    static String count(int buckets, Period period) {
        return buckets + " " + period.unit() + (buckets == 1 ? "" : "s");
    }

    /** Buckets of the range: whole ones plus a clipped first or last. */
    static int buckets(TimeRange range, Period period, UtcOffset offset) {
        int count = 0;
        for (Instant start = period.floor(range.start(), offset); start.isBefore(range.end());
             start = period.next(start, offset)) {
            count++;
        }
        return count;
    }

    private static boolean isBoundary(Instant instant, Period period, UtcOffset offset) {
        return period.floor(instant, offset).equals(instant);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
