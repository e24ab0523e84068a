package com.deadlinecost.service.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.chart.ChartFixtures;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.export.ExportContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQuietDaysTest {
    @TempDir
    Path folder;

    @Test
    void theSeriesCsvAndTheChartKeepQuietDaysOnTheAxis() throws Exception {
        List<CostRow> rows = ChartFixtures.rows(Period.DAILY, 10, 2, day -> day == 0 || day == 6);
        StatisticsQuery query = new StatisticsQuery("farm-1", ResourceSelection.queues("queue-0", "queue-1"),
            ChartFixtures.range(Period.DAILY, 10), UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID),
            EnumSet.of(Statistic.SUM));
        ExportContext context = new ExportContext(query, DisplayNames.empty(), "Farm", "Demo studio",
            Instant.parse("2025-03-20T00:00:00Z"), "test");

        List<Path> written = ReportWriter.write(folder, "quiet", EnumSet.of(ReportFormat.CSV, ReportFormat.PNG),
            context, rows, new ReportChart(ChartKind.STACKED_BARS, GroupField.QUEUE_ID, Measure.COST_SUM, 8));

        List<String> series = Files.readAllLines(folder.resolve("quiet-series.csv"), StandardCharsets.UTF_8);
        assertThat(series).hasSize(1 + 10);
        assertThat(series.get(1)).startsWith("2025-03-03");
        assertThat(series.get(4)).startsWith("2025-03-06").endsWith(",0,0");
        assertThat(series.get(7)).startsWith("2025-03-09").endsWith(",2,1");
        assertThat(written).contains(folder.resolve("quiet.png"));
        assertThat(Files.size(folder.resolve("quiet.png"))).isPositive();
    }
}
