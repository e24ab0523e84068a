package com.deadlinecost.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.chart.ChartKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** CSV and JSON exports of a real demo result, read back and compared with the rows. */
class DataExportTest {
    @TempDir
    Path folder;

    private final ExportDemo demo = ExportDemo.result();

    private static List<String[]> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (var rows = mapper.readerFor(String[].class).<String[]>readValues(text)) {
            return rows.readAll();
        }
    }

    @Test
    void rowsCsvHasNamesIdsOffsetTimesAndRawNumbersOfEveryRow() throws IOException {
        Path file = folder.resolve("rows.csv");

        RowsCsv.write(file, demo.context(), demo.rows, true);

        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        List<String[]> lines = readCsv(file);
        assertThat(lines.get(0)).containsExactly("Queue", "Queue ID", "User", "User ID", "Start", "End",
            "Sessions", "Cost sum (USD)", "Cost average (USD)", "Runtime sum (s)", "Runtime average (s)");
        assertThat(lines).hasSize(demo.rows.size() + 1);
        for (int index = 0; index < demo.rows.size(); index++) {
            CostRow row = demo.rows.get(index);
            String[] cells = lines.get(index + 1);
            assertThat(cells[0]).isEqualTo(demo.names.name(row.group(), GroupField.QUEUE_ID));
            assertThat(cells[1]).isEqualTo(row.value(GroupField.QUEUE_ID).orElseThrow());
            assertThat(cells[3]).isEqualTo(row.value(GroupField.USER_ID).orElseThrow());
            assertThat(cells[4]).endsWith("-08:00");
            assertThat(OffsetDateTime.parse(cells[4]).toInstant()).isEqualTo(row.bucketStart());
            assertThat(Long.parseLong(cells[6])).isEqualTo(row.count());
            assertThat(Double.parseDouble(cells[7])).isEqualTo(row.cost(Statistic.SUM));
            assertThat(Double.parseDouble(cells[10])).isEqualTo(row.runtime(Statistic.AVG));
        }
    }

    @Test
    void aGivenFilteredListIsWrittenAsGivenWithoutBom() throws IOException {
        List<CostRow> firstThree = demo.rows.subList(0, 3);
        Path file = folder.resolve("filtered.csv");

        RowsCsv.write(file, demo.context(), firstThree, false);

        assertThat(Files.readString(file)).doesNotStartWith("\uFEFF");
        assertThat(readCsv(file)).hasSize(4);
    }

    @Test
    void seriesCsvHasOneLinePerBucketAndOneColumnPerSeries() throws IOException {
        SeriesSet set = demo.series(ChartKind.STACKED_BARS, GroupField.QUEUE_ID, Measure.COST_SUM, 3);
        Path file = folder.resolve("series.csv");

        SeriesCsv.write(file, demo.context(), set, false);

        List<String[]> lines = readCsv(file);
        assertThat(lines).hasSize(set.buckets().size() + 1);
        assertThat(lines.get(0)).hasSize(set.series().size() + 2);
        assertThat(lines.get(0)[2]).isEqualTo(set.series().get(0).name(demo.names, GroupField.QUEUE_ID));
        assertThat(Double.parseDouble(lines.get(1)[2])).isEqualTo(set.series().get(0).value(0));
    }

    @Test
    void jsonHoldsTheQueryTheRowsAsTheApiNamesThemTheNamesAndMetadata() throws IOException {
        Path file = folder.resolve("result.json");

        ResultJson.write(file, demo.context(), demo.rows);

        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(root.at("/query/farmId").asString()).isEqualTo(demo.query.farmId());
        assertThat(root.at("/query/timezone").asString()).isEqualTo("UTC-08:00");
        assertThat(root.at("/query/resourceIds/queueIds").size()).isEqualTo(demo.query.resources().ids().size());
        assertThat(root.at("/exportMetadata/note").asString()).contains("estimates");
        assertThat(root.at("/exportMetadata/connection").asString()).isEqualTo("Demo studio");
        JsonNode statistics = root.get("statistics");
        assertThat(statistics.size()).isEqualTo(demo.rows.size());
        for (int index = 0; index < demo.rows.size(); index++) {
            CostRow row = demo.rows.get(index);
            JsonNode item = statistics.get(index);
            assertThat(item.get("queueId").asString()).isEqualTo(row.value(GroupField.QUEUE_ID).orElseThrow());
            assertThat(item.get("userId").asString()).isEqualTo(row.value(GroupField.USER_ID).orElseThrow());
            assertThat(item.get("count").asLong()).isEqualTo(row.count());
            assertThat(item.at("/costInUsd/sum").asDouble()).isEqualTo(row.cost(Statistic.SUM));
            assertThat(item.at("/runtimeInSeconds/avg").asDouble()).isEqualTo(row.runtime(Statistic.AVG));
            assertThat(item.get("costInUsd").has("min")).as("absent statistics are left out").isFalse();
            assertThat(item.get("aggregationStartTime").asString()).isEqualTo(row.bucketStart().toString());
        }
        String queue = demo.rows.get(0).value(GroupField.QUEUE_ID).orElseThrow();
        assertThat(root.at("/displayNames/queueId/" + queue).asString())
            .isEqualTo(demo.names.name(GroupField.QUEUE_ID, queue));
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralisedButNumbersStayNumbers() {
        assertThat(Stream.of("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx", "Lighting")
            .map(CsvCells::text).collect(Collectors.toList()))
            .containsExactly("'=SUM(A1)", "'+1", "'-2+3", "'@cmd", "'\tx", "'\rx", "Lighting");
        assertThat(CsvCells.number(-12.5)).isEqualByComparingTo("-12.5");
        assertThat(CsvCells.number(Double.NaN)).isNull();
        assertThat(CsvCells.number(12_500_000).toPlainString()).isEqualTo("12500000");
    }

    @Test
    void aFormulaLikeNameIsWrittenAsTextAndAnAbsentStatisticAsAnEmptyCell() throws IOException {
        var names = com.deadlinecost.model.row.DisplayNames.builder().user("u-1", "=HYPERLINK(\"x\")").build();
        var query = demo.query;
        var row = new CostRow(com.deadlinecost.model.row.GroupKey.of(GroupField.QUEUE_ID, "q-1", GroupField.USER_ID,
            "u-1"), com.deadlinecost.model.row.Bucket.of(query.range().start(), query.range().end()), 2,
            java.util.EnumSet.of(Statistic.AVG), new com.deadlinecost.model.row.StatisticValues(0, 0, -1.5, 0),
            new com.deadlinecost.model.row.StatisticValues(0, 0, 60, 0));
        Path file = folder.resolve("tricky.csv");

        RowsCsv.write(file, new ExportContext(query, names, "Farm", "Demo studio", ExportDemo.EXPORTED_AT, "t"),
            List.of(row), false);

        String[] cells = readCsv(file).get(1);
        assertThat(cells[2]).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(cells[7]).as("absent sum").isEmpty();
        assertThat(cells[8]).as("a negative number stays a number").isEqualTo("-1.5");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndSaysWhatToDo() throws IOException {
        Path file = folder.resolve("report.csv");
        Files.writeString(file, "old report");

        assertThatThrownBy(() -> ExportFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.getMessage()).contains("report.csv").contains("disk is full").contains("left unchanged");
            assertThat(e.file()).isEqualTo(file);
        });

        assertThat(file).hasContent("old report");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsExplained() throws IOException {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "a file");

        assertThatThrownBy(() -> RowsCsv.write(blocker.resolve("rows.csv"), demo.context(), demo.rows, false))
            .isInstanceOf(ExportException.class).hasMessageContaining("rows.csv").hasMessageContaining("Choose");
    }

    @Test
    void exportedFilesAreReadableByOthersLikeAnyNewFile() throws IOException {
        Path file = folder.resolve("shared.json");

        ResultJson.write(file, demo.context(), demo.rows);

        assertThat(Map.of("perm", java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(file)))).containsEntry("perm", "rw-r--r--");
    }
}
