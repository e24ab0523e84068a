package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Test data: random raw session contributions (a queue, a user, an instant, a cost, a runtime) and
 * the brute-force statistics over them, the ground truth the rollups are checked against.
 */
final class SessionContributions {

    static final Instant ORIGIN = Instant.parse("2025-03-01T00:00:00Z");

    /** One session's contribution to one hourly bucket. */
    record Contribution(String queue, String user, Instant at, double cost, double runtime) {
    }

    /** Brute-force statistics of a set of contributions. */
    record Stats(long count, double costMin, double costMax, double costSum, double runtimeMin, double runtimeMax,
                 double runtimeSum) {

        double costAvg() {
            return costSum / count;
        }

        double runtimeAvg() {
            return runtimeSum / count;
        }
    }

    private SessionContributions() {
    }

    static List<Contribution> random(Random random, int size, int days) {
        List<Contribution> contributions = new ArrayList<>(size);
        int queues = 1 + random.nextInt(4);
        int users = 1 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            Instant at = ORIGIN.plusSeconds(random.nextInt(days * 24 * 3600));
            double cost = Math.round(random.nextDouble() * 5000) / 100.0;
            double runtime = 60 + random.nextInt(40_000);
            contributions.add(new Contribution("queue-" + random.nextInt(queues), "user-" + random.nextInt(users),
                at, cost, runtime));
        }
        return contributions;
    }

    static <K> Map<K, Stats> statsBy(Collection<Contribution> contributions, Function<Contribution, K> key) {
        Map<K, List<Contribution>> grouped = new LinkedHashMap<>();
        for (Contribution contribution : contributions) {
            grouped.computeIfAbsent(key.apply(contribution), k -> new ArrayList<>()).add(contribution);
        }
        Map<K, Stats> stats = new LinkedHashMap<>();
        grouped.forEach((k, members) -> stats.put(k, stats(members)));
        return stats;
    }

    static Stats stats(List<Contribution> members) {
        double costMin = Double.POSITIVE_INFINITY;
        double costMax = Double.NEGATIVE_INFINITY;
        double costSum = 0;
        double runtimeMin = Double.POSITIVE_INFINITY;
        double runtimeMax = Double.NEGATIVE_INFINITY;
        double runtimeSum = 0;
        for (Contribution member : members) {
            costMin = Math.min(costMin, member.cost());
            costMax = Math.max(costMax, member.cost());
            costSum += member.cost();
            runtimeMin = Math.min(runtimeMin, member.runtime());
            runtimeMax = Math.max(runtimeMax, member.runtime());
            runtimeSum += member.runtime();
        }
        return new Stats(members.size(), costMin, costMax, costSum, runtimeMin, runtimeMax, runtimeSum);
    }

    static Instant hourOf(Contribution contribution, UtcOffset offset) {
        return Period.HOURLY.floor(contribution.at(), offset);
    }

    /**
     * The rows the service would return grouped by (queue, user) per hour, carrying only
     * {@code statistics}; keys and buckets come from the given pools.
     */
    static List<CostRow> hourlyRowsByQueueAndUser(List<Contribution> contributions, UtcOffset offset,
                                                  Set<Statistic> statistics, GroupKeyPool keys, BucketPool buckets) {
        Map<List<Object>, Stats> stats = statsBy(contributions,
            c -> List.of(c.queue(), c.user(), hourOf(c, offset)));
        List<CostRow> rows = new ArrayList<>();
        stats.forEach((key, s) -> {
            Instant start = (Instant) key.get(2);
            GroupKey group = keys.key(GroupField.QUEUE_ID, (String) key.get(0), GroupField.USER_ID,
                (String) key.get(1));
            rows.add(new CostRow(group, buckets.bucket(start, start.plus(1, ChronoUnit.HOURS)), s.count(),
                statistics, new StatisticValues(s.costMin(), s.costMax(), s.costAvg(), s.costSum()),
                new StatisticValues(s.runtimeMin(), s.runtimeMax(), s.runtimeAvg(), s.runtimeSum())));
        });
        return rows;
    }
}
