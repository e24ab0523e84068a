package com.deadlinecost.bench;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.rollup.TimeBucketing;
import com.deadlinecost.model.rollup.TopSeriesFold;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKeyPool;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 4: 1,000,000 hourly rows by queue and user (10 queues x 100 users x 1,000 hours) regrouped into the
 * top 10 users + "Other" by day, the chart's work, by {@link TopSeriesFold} and by a straightforward
 * {@code Collectors.groupingBy}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegroupBenchmark {
    static final int TOP_N = 10;
    private static final int QUEUES = 10;
    private static final int USERS = 100;
    private static final int HOURS = 1_000;

    private List<CostRow> rows;
    private TopSeriesFold fold;

    @Setup
    public void setUp() {
        rows = rows();
        fold = new TopSeriesFold(GroupField.USER_ID, Measure.COST_SUM, TOP_N,
            TimeBucketing.of(Period.DAILY, UtcOffset.UTC));
    }

    static List<CostRow> rows() {
        GroupKeyPool keys = new GroupKeyPool();
        BucketPool buckets = new BucketPool();
        Set<Statistic> statistics = EnumSet.allOf(Statistic.class);
        Instant start = Instant.parse("2025-01-06T00:00:00Z");
        List<CostRow> rows = new ArrayList<>(QUEUES * USERS * HOURS);
        for (int hour = 0; hour < HOURS; hour++) {
            Instant from = start.plus(Duration.ofHours(hour));
            for (int queue = 0; queue < QUEUES; queue++) {
                for (int user = 0; user < USERS; user++) {
                    double cost = 0.5 + (user * 7 + queue * 3 + hour) % 50;
                    rows.add(new CostRow(keys.key(GroupField.QUEUE_ID, "queue-" + queue, GroupField.USER_ID,
                        String.format(Locale.ROOT, "user-%03d", user)), buckets.bucket(from, from.plusSeconds(3600)),
                        1 + user % 3, statistics, new StatisticValues(cost / 2, cost, cost, cost * 2),
                        new StatisticValues(600, 1800, 1200, 3600)));
                }
            }
        }
        return rows;
    }

    @Benchmark
    public SeriesSet topSeriesFold() {
        return fold.fold(rows);
    }

    @Benchmark
    public List<double[]> groupingByBaseline() {
        return groupingBy(rows);
    }

    /** Per user, per day, the summed cost; the top N users by total keep their series, the rest add up. */
    static List<double[]> groupingBy(List<CostRow> rows) {
        Map<String, Map<Instant, Double>> byUser = rows.stream().collect(Collectors.groupingBy(
            row -> row.value(GroupField.USER_ID).orElse("(none)"),
            Collectors.groupingBy(row -> row.bucketStart().truncatedTo(ChronoUnit.DAYS), TreeMap::new,
                Collectors.summingDouble(CostRow::costTotal))));
        List<Instant> days = byUser.values().stream().flatMap(perDay -> perDay.keySet().stream()).distinct()
            .sorted().collect(Collectors.toList());
        List<Map.Entry<String, Map<Instant, Double>>> ranked = new ArrayList<>(byUser.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, Map<Instant, Double>> entry) ->
            -entry.getValue().values().stream().mapToDouble(Double::doubleValue).sum())
            .thenComparing(Map.Entry::getKey));
        List<double[]> series = new ArrayList<>();
        double[] other = new double[days.size()];
        for (int rank = 0; rank < ranked.size(); rank++) {
            Map<Instant, Double> perDay = ranked.get(rank).getValue();
            double[] values = rank < TOP_N ? new double[days.size()] : other;
            for (int day = 0; day < days.size(); day++) {
                values[day] += perDay.getOrDefault(days.get(day), 0.0);
            }
            if (rank < TOP_N) {
                series.add(values);
            }
        }
        if (ranked.size() > TOP_N) {
            series.add(other);
        }
        return series;
    }
}
