package com.deadlinecost.service.deadline;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How big a query may get before anyone should think twice: the one place for the size thresholds. A query's
 * size is its buckets times its groups (every row is one group in one bucket); groups are estimated before
 * the run from what was chosen (the selected queues or fleets) and from typical farms for the rest.
 */
public final class QueryLimits {
    /** Above this many estimated rows (buckets x groups) the window asks before it runs a query. */
    public static final long ASK_ABOVE_CELLS = 250_000;

    private static final long USERS = 50;
    private static final long JOBS = 500;
    private static final long OTHER_VALUES = 10;

    private QueryLimits() {
    }

    /** The number of buckets the query's range holds at its period. */
    public static long buckets(StatisticsQuery query) {
        long seconds = query.range().duration().getSeconds();
        switch (query.period()) {
            case HOURLY:
                return ceilDiv(seconds, 3600);
            case DAILY:
                return ceilDiv(seconds, 86_400);
            case WEEKLY:
                return ceilDiv(seconds, 7 * 86_400) + 1;
            default:
                return ceilDiv(seconds, 28 * 86_400) + 1;
        }
    }

    /** An estimate of the groups per bucket: the selected resources for their own field, typical counts else. */
    public static long estimatedGroups(StatisticsQuery query) {
        long groups = 1;
        for (GroupField field : query.groupBy()) {
            if (field == query.resourceKind().idField()) {
                groups *= Math.max(1, query.resources().ids().size());
            } else if (field == GroupField.USER_ID) {
                groups *= USERS;
            } else if (field == GroupField.JOB_ID) {
                groups *= JOBS;
            } else {
                groups *= OTHER_VALUES;
            }
        }
        return groups;
    }

    /** An estimate of the rows the query returns at most. */
    public static long estimatedCells(StatisticsQuery query) {
        return buckets(query) * estimatedGroups(query);
    }

    /** Whether the window should ask before running {@code query}. */
    public static boolean asksFirst(StatisticsQuery query) {
        return estimatedCells(query) > ASK_ABOVE_CELLS;
    }

    /** The question to ask, in words, e.g. "This query may return up to about 4,380,000 rows ...". */
    public static String question(StatisticsQuery query) {
        return size(query) + " It can take minutes and a lot of memory; a longer period or fewer group-bys make it"
            + " smaller. Run it anyway?";
    }

    /** Why a headless run refuses the query, with the limit and how to ask for less. */
    public static String refusal(StatisticsQuery query) {
        return size(query) + " The limit is " + count().format(ASK_ABOVE_CELLS) + " rows: ask for less (a shorter"
            + " range, a longer period, fewer queues or fleets, or fewer group-bys).";
    }

    private static String size(StatisticsQuery query) {
        DecimalFormat count = count();
        return "This query may return up to about " + count.format(estimatedCells(query)) + " rows ("
            + count.format(buckets(query)) + " " + query.period().label().toLowerCase(Locale.ROOT) + " buckets x about "
            + count.format(estimatedGroups(query)) + " groups).";
    }

    private static DecimalFormat count() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    }

    private static long ceilDiv(long value, long divisor) {
        return (value + divisor - 1) / divisor;
    }
}
