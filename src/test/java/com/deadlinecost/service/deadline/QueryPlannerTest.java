package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** How queries are cut into chunks: by at most ten resources, and in time only at bucket boundaries. */
class QueryPlannerTest {
    private static final UtcOffset INDIA = UtcOffset.parse("UTC+05:30");
    private static final QueryPlanner PLANNER = new QueryPlanner();

    private static StatisticsQuery query(int queues, Instant start, Instant end, Period period) {
        List<String> ids = IntStream.rangeClosed(1, queues).mapToObj(i -> "queue-" + i).collect(Collectors.toList());
        return new StatisticsQuery("farm-1", new ResourceSelection(ResourceKind.QUEUE, ids), new TimeRange(start, end),
            INDIA, period, List.of(GroupField.USER_ID), EnumSet.of(Statistic.SUM));
    }

    @Test
    void twentyFiveQueuesBecomeThreeAggregationsOfAtMostTen() {
        StatisticsQuery query = query(25, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"),
            Period.DAILY);

        List<QueryChunk> chunks = PLANNER.plan(query);

        assertThat(chunks).extracting(chunk -> chunk.query().resources().ids().size()).containsExactly(10, 10, 5);
        assertThat(chunks.stream().flatMap(chunk -> chunk.query().resources().ids().stream()))
            .containsExactlyElementsOf(query.resources().ids());
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.query().range()).isEqualTo(query.range()));
        assertThat(chunks.stream().mapToDouble(QueryChunk::weight).sum()).isEqualTo(1.0);
        assertThat(chunks).extracting(chunk -> ChunkDescription.of(chunk, query))
            .containsExactly("queues 1-10", "queues 11-20", "queues 21-25");
    }

    @Test
    void hourlyOverThirteenMonthsIsCutInAdvanceAtHourBoundariesOfTheOffset() {
        StatisticsQuery query = query(3, Instant.parse("2025-01-01T00:10:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
            Period.HOURLY);

        List<QueryChunk> chunks = PLANNER.plan(query);

        assertThat(chunks.size()).isGreaterThan(5);
        assertThat(chunks.get(0).query().range().start()).isEqualTo(query.range().start());
        assertThat(chunks.get(chunks.size() - 1).query().range().end()).isEqualTo(query.range().end());
        for (int i = 1; i < chunks.size(); i++) {
            Instant cut = chunks.get(i).query().range().start();
            assertThat(cut).isEqualTo(chunks.get(i - 1).query().range().end());
            assertThat(Period.HOURLY.floor(cut, INDIA)).as("a bucket boundary").isEqualTo(cut);
            assertThat(chunks.get(i).slice()).isEqualTo(i);
        }
        assertThat(chunks).allSatisfy(chunk -> assertThat(QueryPlanner.boundariesInside(chunk.query().range(),
            Period.HOURLY, INDIA).size() + 1).isLessThanOrEqualTo(QueryPlanner.MAX_BUCKETS_PER_AGGREGATION));
    }

    @Test
    void aTooLargeChunkSplitsAtItsMiddleMonthBoundaryLocalToTheOffset() {
        // January to April 2025 in India: local midnights are 18:30Z the day before.
        StatisticsQuery query = query(25, Instant.parse("2024-12-31T18:30:00Z"), Instant.parse("2025-04-30T18:30:00Z"),
            Period.MONTHLY);
        QueryChunk second = PLANNER.plan(query).get(1);

        List<QueryChunk> halves = PLANNER.split(second).orElseThrow();

        Instant marchInIndia = Instant.parse("2025-02-28T18:30:00Z");
        assertThat(halves.get(0).query().range()).isEqualTo(new TimeRange(query.range().start(), marchInIndia));
        assertThat(halves.get(1).query().range()).isEqualTo(new TimeRange(marchInIndia, query.range().end()));
        assertThat(halves).allSatisfy(half -> {
            assertThat(half.slice()).isEqualTo(second.slice());
            assertThat(half.weight()).isEqualTo(second.weight() / 2);
            assertThat(half.query().resources()).isEqualTo(second.query().resources());
        });
        assertThat(ChunkDescription.of(halves.get(1), query)).isEqualTo("queues 11-20, March 2025 to April 2025");
    }

    @Test
    void oneBucketSplitsByResourcesAndOneBucketOfOneResourceIsTheFloor() {
        StatisticsQuery query = query(10, Instant.parse("2025-03-03T18:30:00Z"), Instant.parse("2025-03-04T18:30:00Z"),
            Period.DAILY);
        List<QueryChunk> halves = PLANNER.split(PLANNER.plan(query).get(0)).orElseThrow();
        QueryChunk single = new QueryChunk(query(1, query.range().start(), query.range().end(), Period.DAILY), 0, 3,
            3, 0.1);

        assertThat(halves).extracting(QueryChunk::firstResource, QueryChunk::lastResource)
            .containsExactly(Tuple.tuple(1, 5), Tuple.tuple(6, 10));
        assertThat(ChunkDescription.of(halves.get(1), query)).isEqualTo("queues 6-10");
        assertThat(PLANNER.split(single)).isEmpty();
        assertThat(ChunkDescription.of(single, query(25, Instant.parse("2025-03-01T18:30:00Z"),
            query.range().end(), Period.DAILY))).isEqualTo("queue 3, 4 Mar 2025");
    }
}
