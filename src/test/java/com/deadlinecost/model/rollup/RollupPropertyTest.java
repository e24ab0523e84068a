package com.deadlinecost.model.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.SessionContributions.Contribution;
import com.deadlinecost.model.rollup.SessionContributions.Stats;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKeyPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property tests: random sessions are aggregated by brute force into hourly (queue, user) rows, the
 * rows are rolled up, and the result must equal the brute-force statistics of the same sessions for
 * the coarser grouping.
 */
class RollupPropertyTest {

    private static final int TRIALS = 150;
    private static final List<UtcOffset> OFFSETS = List.of(UtcOffset.UTC, UtcOffset.parse("UTC+05:30"),
        UtcOffset.parse("UTC-08:00"), UtcOffset.parse("UTC+14:00"), UtcOffset.parse("UTC-09:30"));
    private static final List<Set<GroupField>> FIELD_CHOICES = List.of(EnumSet.of(GroupField.QUEUE_ID),
        EnumSet.of(GroupField.USER_ID), EnumSet.noneOf(GroupField.class),
        EnumSet.of(GroupField.QUEUE_ID, GroupField.USER_ID));

    @Test
    void rollingUpAcrossADimensionMatchesRecomputationFromSessions() {
        runTrials(11L, random -> null, random -> FIELD_CHOICES.get(random.nextInt(FIELD_CHOICES.size())));
    }

    @Test
    void rollingUpToCoarserPeriodsMatchesRecomputationFromSessions() {
        runTrials(22L, random -> Period.values()[random.nextInt(Period.values().length)],
            random -> EnumSet.of(GroupField.QUEUE_ID, GroupField.USER_ID));
    }

    @Test
    void rollingUpAcrossDimensionAndTimeTogetherMatchesRecomputationFromSessions() {
        runTrials(33L, random -> Period.values()[1 + random.nextInt(3)],
            random -> FIELD_CHOICES.get(random.nextInt(FIELD_CHOICES.size())));
    }

    @Test
    void grandTotalMatchesRecomputationFromSessions() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(44L * 1000 + trial);
            UtcOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
            Set<Statistic> statistics = randomStatistics(random);
            List<Contribution> sessions = SessionContributions.random(random, 1 + random.nextInt(300), 20);
            List<CostRow> rows = fineRows(sessions, offset, statistics, random);

            List<CostRow> total = Rollup.grandTotal().apply(rows);

            assertThat(total).hasSize(1);
            assertMatches(total.get(0), SessionContributions.stats(sessions), statistics);
        }
    }

    private static void runTrials(long seed, Function<Random, Period> period, Function<Random, Set<GroupField>> keep) {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(seed * 1000 + trial);
            UtcOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
            Set<Statistic> statistics = randomStatistics(random);
            List<Contribution> sessions = SessionContributions.random(random, 1 + random.nextInt(400),
                1 + random.nextInt(60));
            Set<GroupField> fields = keep.apply(random);
            Period coarse = period.apply(random);
            Rollup rollup = Rollup.keeping(fields);
            if (coarse != null) {
                rollup = rollup.over(TimeBucketing.of(coarse, offset));
            }

            List<CostRow> actual = rollup.apply(fineRows(sessions, offset, statistics, random));

            Function<Instant, Instant> slot = coarse == null
                ? at -> Period.HOURLY.floor(at, offset) : at -> coarse.floor(at, offset);
            Map<List<Object>, Stats> expected = SessionContributions.statsBy(sessions,
                c -> key(fields, c.queue(), c.user(), slot.apply(c.at())));
            assertThat(actual).hasSize(expected.size());
            for (CostRow row : actual) {
                Instant slotStart = slot.apply(row.bucketStart());
                List<Object> key = key(fields, row.value(GroupField.QUEUE_ID).orElse(null),
                    row.value(GroupField.USER_ID).orElse(null), slotStart);
                assertThat(expected).containsKey(key);
                assertMatches(row, expected.get(key), statistics);
                assertThat(row.bucketEnd()).isBeforeOrEqualTo((coarse == null ? Period.HOURLY : coarse)
                    .next(slotStart, offset));
            }
        }
    }

    private static List<CostRow> fineRows(List<Contribution> sessions, UtcOffset offset, Set<Statistic> statistics,
                                          Random random) {
        List<CostRow> rows = new ArrayList<>(SessionContributions.hourlyRowsByQueueAndUser(sessions, offset,
            statistics, new GroupKeyPool(), new BucketPool()));
        Collections.shuffle(rows, random);
        return rows;
    }

    private static List<Object> key(Set<GroupField> fields, String queue, String user, Instant slot) {
        return Arrays.asList(fields.contains(GroupField.QUEUE_ID) ? queue : null,
            fields.contains(GroupField.USER_ID) ? user : null, slot);
    }

    private static Set<Statistic> randomStatistics(Random random) {
        Set<Statistic> statistics = EnumSet.noneOf(Statistic.class);
        while (statistics.isEmpty()) {
            for (Statistic statistic : Statistic.values()) {
                if (random.nextBoolean()) {
                    statistics.add(statistic);
                }
            }
        }
        return statistics;
    }

    /**
     * Checks by hand and asserts once per row: a million AssertJ calls would make the suite slow.
     */
    private static void assertMatches(CostRow row, Stats expected, Set<Statistic> statistics) {
        List<String> mismatches = new ArrayList<>();
        if (row.count() != expected.count()) {
            mismatches.add("count " + row.count() + " != " + expected.count());
        }
        if (!row.statistics().equals(statistics)) {
            mismatches.add("statistics " + row.statistics() + " != " + statistics);
        }
        check(row, Statistic.MIN, expected.costMin(), expected.runtimeMin(), mismatches);
        check(row, Statistic.MAX, expected.costMax(), expected.runtimeMax(), mismatches);
        check(row, Statistic.SUM, expected.costSum(), expected.runtimeSum(), mismatches);
        check(row, Statistic.AVG, expected.costAvg(), expected.runtimeAvg(), mismatches);
        if (!mismatches.isEmpty()) {
            assertThat(mismatches).as("%s against %s", row, expected).isEmpty();
        }
    }

    private static void check(CostRow row, Statistic statistic, double cost, double runtime, List<String> mismatches) {
        boolean present = row.has(statistic);
        if (!agrees(present, row.cost(statistic), cost) || !agrees(present, row.runtime(statistic), runtime)) {
            mismatches.add(statistic + ": cost " + row.cost(statistic) + " vs " + cost + ", runtime "
                + row.runtime(statistic) + " vs " + runtime + (present ? "" : " (absent must be NaN)"));
        }
    }

    /** Present values agree within 1e-9 relative; absent values must be NaN, never a number. */
    private static boolean agrees(boolean present, double actual, double expected) {
        if (!present) {
            return Double.isNaN(actual);
        }
        return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }
}
