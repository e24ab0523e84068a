package com.deadlinecost.emulator;

import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.GroupField;
import com.deadlinecost.emulator.aggregation.Period;
import com.deadlinecost.emulator.aggregation.ResourceKind;
import com.deadlinecost.emulator.aggregation.SessionAggregator;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.Statistic;
import com.deadlinecost.emulator.aggregation.StatisticsRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A budget's usage, computed by the same aggregation code as StartSessionsStatisticsAggregation over the budget's
 * queue and window up to now: so a budget's {@code approximateDollarUsage} is the aggregation of its queue over
 * that range, to the cent. Costs stay in exact cost units until the end.
 */
final class BudgetUsage {
    private final SessionTable sessions;

    BudgetUsage(SessionTable sessions) {
        this.sessions = sessions;
    }

    /** Dollars spent by the queue in {@code [start, min(end, now))}; zero before the window opens. */
    double dollars(String farmId, String queueId, Instant start, Instant end, Instant now) {
        Instant until = end.isBefore(now) ? end : now;
        if (!start.isBefore(until)) {
            return 0;
        }
        long units = 0;
        for (StatisticsRow row : SessionAggregator.aggregate(sessions, request(farmId, queueId, start, until, null))) {
            units += row.costUnits().sum();
        }
        return units / SessionTable.COST_UNITS_PER_USD;
    }

    /**
     * The moment the queue's cumulative cost since {@code start} first reached {@code dollars}, found hour by hour
     * and placed inside the hour by linear interpolation (cost accrues evenly while sessions run); null when it
     * has not been reached by {@code min(end, now)}.
     */
    Instant reached(String farmId, String queueId, Instant start, Instant end, Instant now, double dollars) {
        Instant until = end.isBefore(now) ? end : now;
        if (!start.isBefore(until)) {
            return null;
        }
        long target = (long) Math.ceil(dollars * SessionTable.COST_UNITS_PER_USD);
        long cumulative = 0;
        List<StatisticsRow> hours = SessionAggregator.aggregate(sessions,
            request(farmId, queueId, start, until, Period.HOURLY));
        for (StatisticsRow hour : hours) {
            long cost = hour.costUnits().sum();
            if (cumulative + cost >= target) {
                long hourMillis = hour.aggregationEndTime().toEpochMilli() - hour.aggregationStartTime().toEpochMilli();
                double share = cost == 0 ? 0 : (target - cumulative) / (double) cost;
                return hour.aggregationStartTime().plusMillis((long) Math.ceil(share * hourMillis))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            }
            cumulative += cost;
        }
        return target <= 0 ? start : null;
    }

    private static AggregationRequest request(String farmId, String queueId, Instant start, Instant end,
        Period period) {
        return new AggregationRequest(farmId, ResourceKind.QUEUE, Set.of(queueId), start, end, ZoneOffset.UTC,
            period, List.of(GroupField.QUEUE_ID), Set.of(Statistic.SUM));
    }
}
