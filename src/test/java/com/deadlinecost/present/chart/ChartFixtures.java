package com.deadlinecost.present.chart;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Rows and chart requests made by hand for the chart tests: queues with a cost in some hours of a range. */
public final class ChartFixtures {
    public static final Instant START = Instant.parse("2025-03-03T00:00:00Z");

    private ChartFixtures() {
    }

    /** One row per queue per {@code period} bucket where {@code active} says, costing queue index + 1 dollars. */
    public static List<CostRow> rows(Period period, int buckets, int queues, java.util.function.IntPredicate active) {
        List<CostRow> rows = new ArrayList<>();
        Instant start = START;
        for (int bucket = 0; bucket < buckets; bucket++) {
            Instant end = period.next(start, UtcOffset.UTC);
            if (active.test(bucket)) {
                for (int queue = 0; queue < queues; queue++) {
                    double cost = queue + 1;
                    rows.add(new CostRow(GroupKey.of(GroupField.QUEUE_ID, "queue-" + queue), Bucket.of(start, end), 1,
                        EnumSet.of(Statistic.SUM), new StatisticValues(cost, cost, cost, cost),
                        new StatisticValues(60, 60, 60, 60)));
                }
            }
            start = end;
        }
        return rows;
    }

    /** The range of {@code buckets} buckets of {@code period} from {@link #START}. */
    public static TimeRange range(Period period, int buckets) {
        Instant end = START;
        for (int bucket = 0; bucket < buckets; bucket++) {
            end = period.next(end, UtcOffset.UTC);
        }
        return new TimeRange(START, end);
    }

    /** A request for cost by queue over {@code range}. */
    public static ChartData.Request request(ChartKind kind, Period period, TimeRange range) {
        return new ChartData.Request(kind, GroupField.QUEUE_ID, Measure.COST_SUM, 8, period, UtcOffset.UTC, range);
    }
}
