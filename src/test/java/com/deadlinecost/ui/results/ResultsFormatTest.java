package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import org.junit.jupiter.api.Test;

class ResultsFormatTest {

    @Test
    void absentValuesShowAsAnEmDashNotZero() {
        assertThat(ResultsFormat.money(Double.NaN)).isEqualTo("\u2014");
        assertThat(ResultsFormat.duration(Double.NaN)).isEqualTo("\u2014");
        assertThat(ResultsFormat.percent(Double.NaN)).isEqualTo("\u2014");
        assertThat(ResultsFormat.count(Double.NaN)).isEqualTo("\u2014");
        assertThat(ResultsFormat.time(null, null)).isEqualTo("\u2014");
    }

    @Test
    void moneyHasCentsAndSeparators() {
        assertThat(ResultsFormat.money(1234.5)).isEqualTo("$1,234.50");
        assertThat(ResultsFormat.money(0)).isEqualTo("$0.00");
        assertThat(ResultsFormat.money(0.001)).isEqualTo("< $0.01");
        assertThat(ResultsFormat.moneyShort(12_345)).isEqualTo("$12.3k");
    }

    @Test
    void durationsReadAsDaysHoursMinutes() {
        assertThat(ResultsFormat.duration(12)).isEqualTo("12 s");
        assertThat(ResultsFormat.duration(125)).isEqualTo("2 min 5 s");
        assertThat(ResultsFormat.duration(3 * 3600 + 25 * 60)).isEqualTo("3 h 25 min");
        assertThat(ResultsFormat.duration(2 * 86_400 + 4 * 3600)).isEqualTo("2 d 4 h");
        assertThat(ResultsFormat.hours(5400)).isEqualTo("1.5 h");
    }

    @Test
    void timesAreLocalToTheOffset() {
        assertThat(ResultsFormat.time(ResultRows.MONDAY, ResultRows.PLUS_ONE)).isEqualTo("2025-03-03 01:00");
        assertThat(ResultsFormat.bucketLabel(ResultRows.MONDAY, Period.MONTHLY, null)).isEqualTo("Mar 2025");
        assertThat(ResultsFormat.bucketLabel(ResultRows.MONDAY, Period.HOURLY, ResultRows.PLUS_ONE))
            .isEqualTo("Mar 3 01:00");
    }

    @Test
    void measuresFormatInTheirUnit() {
        assertThat(ResultsFormat.measure(Measure.COST_SUM, 3)).isEqualTo("$3.00");
        assertThat(ResultsFormat.measure(Measure.RUNTIME_SUM, 7200)).isEqualTo("2.0 h");
        assertThat(ResultsFormat.measure(Measure.COUNT, 1200)).isEqualTo("1,200");
        assertThat(ResultsFormat.percent(0.125)).isEqualTo("12.5 %");
    }
}
