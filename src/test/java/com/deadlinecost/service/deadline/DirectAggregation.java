package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.ResourceKind;
import com.deadlinecost.emulator.aggregation.SessionAggregator;
import com.deadlinecost.emulator.aggregation.StatisticsRow;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference result of a query: the emulator's own aggregation computed straight from the session data, with no
 * limit of ten resources, no size limit and no paging, compared row by row with what a run delivered.
 */
final class DirectAggregation {
    /** Money and runtime come as doubles through JSON and merging: equal to well under a cent or a millisecond. */
    private static final double EPSILON = 1e-6;

    private DirectAggregation() {
    }

    static List<StatisticsRow> of(Studio studio, StatisticsQuery query) {
        AggregationRequest request = new AggregationRequest(query.farmId(),
            ResourceKind.valueOf(query.resourceKind().name()), new HashSet<>(query.resources().ids()),
            query.range().start(), query.range().end(), query.offset().zoneOffset(),
            com.deadlinecost.emulator.aggregation.Period.valueOf(query.period().name()),
            query.groupBy().stream().map(field -> emulatorField(field)).collect(Collectors.toList()),
            query.statistics().stream()
                .map(statistic -> com.deadlinecost.emulator.aggregation.Statistic.valueOf(statistic.name()))
                .collect(Collectors.toSet()));
        return SessionAggregator.aggregate(studio.sessions(), request);
    }

    /** Every expected row delivered once, with equal counts and statistics, and nothing else. */
    static void assertSameRows(List<CostRow> delivered, List<StatisticsRow> expected, StatisticsQuery query) {
        Map<String, CostRow> byKey = new HashMap<>();
        for (CostRow row : delivered) {
            assertThat(byKey.put(key(row, query), row)).as("delivered twice: %s", row).isNull();
        }
        assertThat(byKey).hasSameSizeAs(expected);
        Set<Statistic> statistics = query.statistics();
        for (StatisticsRow want : expected) {
            String key = key(want, query);
            CostRow got = byKey.get(key);
            assertThat(got).as("row %s", key).isNotNull();
            assertThat(got.count()).as("count of %s", key).isEqualTo(want.count());
            for (Statistic statistic : statistics) {
                com.deadlinecost.emulator.aggregation.Statistic same =
                    com.deadlinecost.emulator.aggregation.Statistic.valueOf(statistic.name());
                assertThat(got.cost(statistic)).as("cost %s of %s", statistic, key)
                    .isCloseTo(want.costInUsd(same), within(EPSILON));
                assertThat(got.runtime(statistic)).as("runtime %s of %s", statistic, key)
                    .isCloseTo(want.runtimeInSeconds(same), within(EPSILON));
            }
        }
    }

    private static String key(CostRow row, StatisticsQuery query) {
        StringBuilder key = new StringBuilder(row.bucketStart() + "/" + row.bucketEnd());
        for (GroupField field : query.groupBy()) {
            key.append('|').append(row.value(field).orElse(StatisticsRowMapper.NO_VALUE));
        }
        return key.toString();
    }

    private static String key(StatisticsRow row, StatisticsQuery query) {
        StringBuilder key = new StringBuilder(row.aggregationStartTime() + "/" + row.aggregationEndTime());
        for (GroupField field : query.groupBy()) {
            String value = row.groupValue(emulatorField(field));
            key.append('|').append(value == null ? StatisticsRowMapper.NO_VALUE : value);
        }
        return key.toString();
    }

    private static com.deadlinecost.emulator.aggregation.GroupField emulatorField(GroupField field) {
        return com.deadlinecost.emulator.aggregation.GroupField.valueOf(field.name());
    }
}
