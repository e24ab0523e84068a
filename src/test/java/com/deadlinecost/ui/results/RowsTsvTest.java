package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.DisplayNames;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTsvTest {

    @Test
    void writesAHeaderAndRawNumbers() {
        String text = RowsTsv.of(List.of(ResultRows.row("q-light", "u-ana", 0, 3, 0.0625, 5400)),
            ResultRows.queueUserQuery(), ResultRows.names(), 0.375);

        String[] lines = text.split("\n");
        assertThat(lines[0].split("\t")).containsExactly("Queue", "Queue ID", "User", "User ID",
            "Bucket start (UTC+00:00)", "Bucket end (UTC+00:00)", "Sessions", "Cost sum (USD)",
            "Cost average (USD)", "Cost min (USD)", "Cost max (USD)", "Runtime sum (s)", "Runtime average (s)",
            "Runtime min (s)", "Runtime max (s)", "Share of cost");
        assertThat(lines[1].split("\t")).containsExactly("Lighting", "q-light", "Ana Lima", "u-ana",
            "2025-03-03 00:00:00", "2025-03-04 00:00:00", "3", "0.1875", "0.0625", "0.0625", "0.0625", "16200",
            "5400", "5400", "5400", "0.5");
    }

    @Test
    void absentStatisticsAreLeftOutOrEmpty() {
        String text = RowsTsv.of(List.of(ResultRows.withStatistics("q-light", "u-ana", 0, 3, 1, 60,
                EnumSet.of(Statistic.MAX))),
            ResultRows.query(List.of(GroupField.QUEUE_ID, GroupField.USER_ID), EnumSet.of(Statistic.MAX)),
            DisplayNames.empty(), Double.NaN);

        String[] lines = text.split("\n");
        assertThat(lines[0]).endsWith("Sessions\tCost max (USD)\tRuntime max (s)\tShare of cost");
        assertThat(lines[1]).endsWith("\t3\t1\t60\t");
    }

    @Test
    void timesAreLocalToTheQueryOffset() {
        String text = RowsTsv.of(List.of(ResultRows.row("q-light", "u-ana", 0, 1, 1, 1)),
            new com.deadlinecost.model.query.StatisticsQuery("farm-1", ResultRows.queueUserQuery().resources(),
                ResultRows.queueUserQuery().range(), ResultRows.PLUS_ONE, ResultRows.queueUserQuery().period(),
                List.of(GroupField.QUEUE_ID, GroupField.USER_ID), ResultRows.ALL),
            DisplayNames.empty(), 1);

        assertThat(text).contains("Bucket start (UTC+01:00)").contains("\t2025-03-03 01:00:00\t");
    }

    @Test
    void tabsInNamesDoNotSplitCells() {
        DisplayNames names = DisplayNames.builder().queue("q-light", "Light\ting").build();

        String text = RowsTsv.of(List.of(ResultRows.row("q-light", "u-ana", 0, 1, 1, 1)),
            ResultRows.queueUserQuery(), names, 1);

        assertThat(text.split("\n")[1]).startsWith("Light ing\tq-light\t");
    }
}
