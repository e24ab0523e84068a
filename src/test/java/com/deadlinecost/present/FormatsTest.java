package com.deadlinecost.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");
    private static final UtcOffset PLUS_ONE = UtcOffset.parse("UTC+01:00");

    @Test
    void absentValuesShowAsAnEmDashNotZero() {
        assertThat(Formats.money(Double.NaN)).isEqualTo("\u2014");
        assertThat(Formats.duration(Double.NaN)).isEqualTo("\u2014");
        assertThat(Formats.percent(Double.NaN)).isEqualTo("\u2014");
        assertThat(Formats.count(Double.NaN)).isEqualTo("\u2014");
        assertThat(Formats.time(null, null)).isEqualTo("\u2014");
    }

    @Test
    void moneyHasCentsAndTinyAmountsAreNotZero() {
        assertThat(Formats.money(1234.5)).isEqualTo("$1,234.50");
        assertThat(Formats.money(0)).isEqualTo("$0.00");
        assertThat(Formats.money(0.001)).isEqualTo("< $0.01");
    }

    @Test
    void compactNumbersSwitchToThousandsAtOneThousandEverywhere() {
        assertThat(Formats.compact(999)).isEqualTo("999");
        assertThat(Formats.compact(1_000)).isEqualTo("1k");
        assertThat(Formats.compact(7_500)).isEqualTo("7.5k");
        assertThat(Formats.moneyCompact(12_345)).isEqualTo("$12.3k");
        assertThat(Formats.compact(3_400_000)).isEqualTo("3.4M");
    }

    @Test
    void theTicksOfOneAxisShareOneUnit() {
        assertThat(Formats.axisNumbers(new double[] {0, 2500, 5000, 7500, 10_000, 12_500, 15_000, 17_500}))
            .containsExactly("0", "2.5k", "5k", "7.5k", "10k", "12.5k", "15k", "17.5k");
        assertThat(Formats.axisNumbers(new double[] {0, 200, 400, 600})).containsExactly("0", "200", "400", "600");
        assertThat(Formats.axisNumbers(new double[] {0, 0.25, 0.5})).containsExactly("0", "0.25", "0.5");
    }

    @Test
    void durationsReadAsDaysHoursMinutes() {
        assertThat(Formats.duration(12)).isEqualTo("12 s");
        assertThat(Formats.duration(125)).isEqualTo("2 min 5 s");
        assertThat(Formats.duration(3 * 3600 + 25 * 60)).isEqualTo("3 h 25 min");
        assertThat(Formats.duration(2 * 86_400 + 4 * 3600)).isEqualTo("2 d 4 h");
        assertThat(Formats.hours(5400)).isEqualTo("1.5 h");
    }

    @Test
    void timesAndBucketsAreLocalToTheQueryOffset() {
        assertThat(Formats.time(MONDAY, PLUS_ONE)).isEqualTo("2025-03-03 01:00");
        assertThat(Labels.bucket(MONDAY, Period.MONTHLY, null, false)).isEqualTo("Mar 2025");
        assertThat(Labels.bucket(MONDAY, Period.HOURLY, PLUS_ONE, false)).isEqualTo("Mar 3 01:00");
        assertThat(Labels.bucket(MONDAY, Period.DAILY, null, true)).isEqualTo("Mar 3, 2025");
        assertThat(Labels.spansYears(MONDAY, Instant.parse("2026-01-01T00:00:00Z"), null)).isTrue();
        assertThat(Labels.spansYears(MONDAY, Instant.parse("2025-12-31T22:00:00Z"), PLUS_ONE)).isFalse();
    }

    @Test
    void titleAndAxisOfAMeasureAgreeInWordsAndUnit() {
        for (Measure measure : Measure.values()) {
            assertThat(Measures.axisTitle(measure)).startsWith(Measures.title(measure));
            assertThat(Measures.chartTitle(measure, GroupField.QUEUE_ID, true, false))
                .startsWith(Measures.title(measure));
        }
        assertThat(Measures.axisTitle(Measure.RUNTIME_SUM)).isEqualTo("Runtime (hours)");
        assertThat(Measures.tickLabels(Measure.RUNTIME_SUM, new double[] {0, 500, 1000}))
            .containsExactly("0 h", "0.5k h", "1k h");
        assertThat(Measures.full(Measure.RUNTIME_SUM, 7200)).isEqualTo("2.0 h");
        assertThat(Measures.full(Measure.COST_SUM, 3)).isEqualTo("$3.00");
        assertThat(Measures.full(Measure.COUNT, 1200)).isEqualTo("1,200");
        assertThat(Formats.percent(0.125)).isEqualTo("12.5 %");
    }
}
