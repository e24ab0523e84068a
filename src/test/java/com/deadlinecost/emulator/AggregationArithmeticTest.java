package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.model.Period;
import software.amazon.awssdk.services.deadline.model.StartSessionsStatisticsAggregationRequest;
import software.amazon.awssdk.services.deadline.model.Statistics;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;
import software.amazon.awssdk.services.deadline.model.UsageStatistic;

/** Totals that must agree however the same sessions are grouped, bucketed or offset. */
class AggregationArithmeticTest extends SmallStudioServerTest {
    private static final Instant START = Instant.parse("2025-03-12T00:00:00Z");
    private static final Instant END = Instant.parse("2025-06-18T00:00:00Z");
    private static final List<String> QUEUE_IDS = TestStudios.queueIds(TestStudios.small(),
        TestStudios.bigFarm(TestStudios.small()).farmId()).subList(0, 10);

    private static StartSessionsStatisticsAggregationRequest.Builder request(Instant start, Instant end) {
        return AggregationCalls.queues(farmId, QUEUE_IDS, start, end);
    }

    @Test
    void perUserRowsOfAQueueSumToTheQueuesRow() {
        List<Statistics> perQueue = AggregationCalls.run(deadline, request(START, END).build());
        List<Statistics> perUser = AggregationCalls.run(deadline, request(START, END)
            .groupBy(UsageGroupByField.QUEUE_ID, UsageGroupByField.USER_ID).build());

        Map<String, List<Statistics>> usersByQueueAndDay = perUser.stream()
            .collect(Collectors.groupingBy(row -> row.queueId() + row.aggregationStartTime()));
        assertThat(perQueue).isNotEmpty();
        for (Statistics queueRow : perQueue) {
            List<Statistics> userRows = usersByQueueAndDay.get(queueRow.queueId() + queueRow.aggregationStartTime());
            assertThat(AggregationCalls.count(userRows)).isEqualTo((long) queueRow.count());
            assertThat(AggregationCalls.costSum(userRows)).isCloseTo(queueRow.costInUsd().sum(), within(1e-9));
            assertThat(userRows).allMatch(row -> row.costInUsd().max() <= queueRow.costInUsd().max());
        }
    }

    @Test
    void dailyTotalsEqualMonthlyTotals() {
        List<Statistics> daily = AggregationCalls.run(deadline, request(START, END).build());
        List<Statistics> monthly = AggregationCalls.run(deadline, request(START, END).period(Period.MONTHLY).build());

        assertThat(monthly).extracting(Statistics::aggregationStartTime)
            .contains(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(AggregationCalls.costSum(daily)).isCloseTo(AggregationCalls.costSum(monthly), within(1e-6));
        assertThat(AggregationCalls.runtimeSum(daily)).isCloseTo(AggregationCalls.runtimeSum(monthly), within(1e-6));
    }

    @Test
    void aHalfHourOffsetMovesDayBoundariesAndKeepsTotals() {
        List<Statistics> utc = AggregationCalls.run(deadline, request(START, END).build());
        List<Statistics> india = AggregationCalls.run(deadline, request(START, END).timezone("UTC+05:30").build());

        Set<Instant> starts = india.stream().map(Statistics::aggregationStartTime)
            .filter(start -> !start.equals(START)).collect(Collectors.toSet());
        assertThat(starts).isNotEmpty().allMatch(start -> start.atOffset(ZoneOffset.UTC).getHour() == 18
            && start.atOffset(ZoneOffset.UTC).getMinute() == 30);
        assertThat(AggregationCalls.costSum(india)).isCloseTo(AggregationCalls.costSum(utc), within(1e-6));
        assertThat(AggregationCalls.runtimeSum(india)).isCloseTo(AggregationCalls.runtimeSum(utc), within(1e-6));
    }

    @Test
    void weeksStartOnMondayAndTheFirstWeekIsClipped() {
        Instant wednesday = Instant.parse("2025-04-02T00:00:00Z");
        List<Statistics> weekly = AggregationCalls.run(deadline, request(wednesday, END).period(Period.WEEKLY)
            .build());

        assertThat(weekly.get(0).aggregationStartTime()).isEqualTo(wednesday);
        assertThat(weekly.get(0).aggregationEndTime()).isEqualTo(Instant.parse("2025-04-07T00:00:00Z"));
        assertThat(weekly).extracting(Statistics::aggregationStartTime).filteredOn(start -> !start.equals(wednesday))
            .isNotEmpty().allMatch(start -> start.atOffset(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.MONDAY);
    }

    @Test
    void sessionsAreClippedAtTheRangeEdges() {
        Instant start = midpointOfASessionAfter(Instant.parse("2025-04-01T00:00:00Z"));
        Instant end = midpointOfASessionAfter(Instant.parse("2025-05-20T00:00:00Z"));
        List<Statistics> rows = AggregationCalls.run(deadline, request(start, end).build());

        assertThat(rows).extracting(Statistics::aggregationStartTime).contains(start)
            .allMatch(bucket -> !bucket.isBefore(start));
        assertThat(rows).extracting(Statistics::aggregationEndTime).contains(end)
            .allMatch(bucket -> !bucket.isAfter(end));
        assertThat(AggregationCalls.costSum(rows)).isCloseTo(independentCost(start, end), within(1e-6));
    }

    @Test
    void pageSizesOneSevenAndHundredGiveTheSameRows() {
        StartSessionsStatisticsAggregationRequest request = request(Instant.parse("2025-06-01T00:00:00Z"), END)
            .build();
        String id = AggregationCalls.start(deadline, request);

        List<Statistics> hundred = AggregationCalls.rows(deadline, farmId, id, 100);
        List<Statistics> seven = AggregationCalls.rows(deadline, farmId, id, 7);
        List<Statistics> one = AggregationCalls.rows(deadline, farmId, id, 1);

        assertThat(hundred).hasSizeGreaterThan(7);
        assertThat(seven).containsExactlyElementsOf(hundred);
        assertThat(one).containsExactlyElementsOf(hundred);
        assertThat(new HashSet<>(one)).hasSize(one.size());
    }

    @Test
    void onlyTheGroupedByMembersAndRequestedStatisticsArePresent() {
        List<Statistics> rows = AggregationCalls.run(deadline, request(START, END)
            .groupBy(UsageGroupByField.USER_ID).statistics(UsageStatistic.SUM).build());

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.userId()).isNotNull();
            assertThat(row.queueId()).isNull();
            assertThat(row.jobName()).isNull();
            assertThat(row.costInUsd().sum()).isPositive();
            assertThat(row.costInUsd().min()).isNull();
            assertThat(row.runtimeInSeconds().avg()).isNull();
        });
    }

    /** The middle of a selected session of more than an hour, so a range edge there cuts through it. */
    private static Instant midpointOfASessionAfter(Instant after) {
        SessionTable sessions = studio.sessions();
        SessionRecord earliest = null;
        for (int i = 0; i < sessions.size(); i++) {
            SessionRecord record = sessions.record(i);
            if (record.farmId().equals(farmId) && QUEUE_IDS.contains(record.queueId())
                && record.startTime().isAfter(after)
                && Duration.between(record.startTime(), record.endTime()).toMinutes() > 60
                && (earliest == null || record.startTime().isBefore(earliest.startTime()))) {
                earliest = record;
            }
        }
        Duration length = Duration.between(earliest.startTime(), earliest.endTime());
        return earliest.startTime().plus(length.dividedBy(2)).plusMillis(1);
    }

    /** Cost of the selected queues' sessions inside [start, end), summed directly from the records. */
    private static double independentCost(Instant start, Instant end) {
        SessionTable sessions = studio.sessions();
        Set<String> selected = Set.copyOf(QUEUE_IDS);
        double total = 0;
        for (int i = 0; i < sessions.size(); i++) {
            SessionRecord record = sessions.record(i);
            if (!record.farmId().equals(farmId) || !selected.contains(record.queueId())) {
                continue;
            }
            Instant from = record.startTime().isAfter(start) ? record.startTime() : start;
            Instant to = record.endTime().isBefore(end) ? record.endTime() : end;
            if (from.isBefore(to)) {
                total += Duration.between(from, to).toMillis() / 3_600_000.0 * record.hourlyRateUsd();
            }
        }
        return total;
    }
}
