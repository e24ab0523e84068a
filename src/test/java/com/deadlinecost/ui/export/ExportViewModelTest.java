package com.deadlinecost.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.explorer.ExplorerViewModel;
import com.deadlinecost.ui.explorer.InlineExplorers;
import com.deadlinecost.ui.explorer.ScriptedGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and views from the explorer's state, writing and reading real files. */
class ExportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"), ZoneOffset.UTC);
    private static final NamedResource FARM = new NamedResource("farm-0123456789abcdef0123456789abcdef", "Feature",
        "");
    private static final NamedResource QUEUE = new NamedResource("queue-0123456789abcdef0123456789abcdef",
        "Lighting", "IDLE");

    @TempDir
    Path folder;

    private final Map<ExplorerViewModel, LiveSettings> settingsOf = new HashMap<>();

    // As in the window, the explorer and its exports share one live copy of the settings file.
    private ExplorerViewModel explorer() {
        LiveSettings settings = new LiveSettings(new SettingsStore(folder.resolve("config"), CLOCK),
            new SettingsStore(folder.resolve("config"), CLOCK).load().settings(), Runnable::run);
        ExplorerViewModel explorer = InlineExplorers.explorer(target -> new OneFarm(), settings, CLOCK);
        settingsOf.put(explorer, settings);
        explorer.start();
        return explorer;
    }

    private ExportViewModel export(ExplorerViewModel explorer) {
        return new ExportViewModel(explorer, InlineTaskRunner.immediate(), settingsOf.get(explorer), CLOCK);
    }

    @Test
    void aViewOpenedAtStartUpWaitsWhenTheLastQueryDidNotFinish() {
        ExplorerViewModel first = explorer();
        first.runQuery();
        export(first).saveView(folder.resolve("daily.dcxview"), "daily");
        settingsOf.get(first).update(current -> current.withLastRunUnfinished(true));

        ExplorerViewModel next = explorer();
        ExportViewModel export = export(next);
        export.openViewAtStartUp(folder.resolve("daily.dcxview"));

        assertThat(next.results().rows().all()).isEmpty();
        assertThat(next.form().query()).isPresent();
        assertThat(export.outcomeProperty().get()).contains("the last query did not finish");
    }

    @Test
    void theShownRowsAreWrittenAsCsv() throws IOException {
        ExplorerViewModel explorer = explorer();
        explorer.runQuery();
        ExportViewModel export = export(explorer);

        export.exportRows(folder.resolve("usage.csv"), true, false);

        List<String> lines = Files.readAllLines(folder.resolve("usage.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 24);
        assertThat(export.outcomeProperty().get()).startsWith("Saved ");
    }

    @Test
    void theChartIsWrittenAsAnImageOfTheExportSize() throws IOException {
        ExplorerViewModel explorer = explorer();
        explorer.runQuery();
        explorer.chart().chartTypeProperty().set(ChartKind.STACKED_BARS);

        export(explorer).exportChart(folder.resolve("chart.png"), ChartFileFormat.PNG);

        assertThat(ImageIO.read(folder.resolve("chart.png").toFile()).getWidth()).isEqualTo(
            ExportViewModel.CHART_WIDTH);
    }

    @Test
    void aSavedViewOpensWithItsQueryAndChartAndRuns() {
        ExplorerViewModel first = explorer();
        first.form().periodProperty().set(Period.WEEKLY);
        first.runQuery();
        first.chart().chartTypeProperty().set(ChartKind.LINES);
        export(first).saveView(folder.resolve("weekly.dcxview"), "weekly");

        ExplorerViewModel next = explorer();
        ExportViewModel export = export(next);
        export.openView(folder.resolve("weekly.dcxview"));

        assertThat(next.form().periodProperty().get()).isEqualTo(Period.WEEKLY);
        assertThat(next.chart().chartTypeProperty().get()).isEqualTo(ChartKind.LINES);
        assertThat(next.results().rows().all()).hasSize(24);
        assertThat(export.outcomeProperty().get()).startsWith("Opened view 'weekly'");
        assertThat(export(explorer()).recentViews()).containsExactly(folder.resolve("weekly.dcxview"));
    }

    @Test
    void aSavedViewKeepsTheTablesSortAndHiddenColumns() {
        ExplorerViewModel first = explorer();
        first.runQuery();
        first.results().sortColumnProperty().set("groupRuntime");
        first.results().sortDescendingProperty().set(false);
        first.results().hiddenColumns().setAll(List.of("groupShare", "groupSparkline"));
        export(first).saveView(folder.resolve("table.dcxview"), "table");

        ExplorerViewModel next = explorer();
        export(next).openView(folder.resolve("table.dcxview"));

        assertThat(next.results().sortColumnProperty().get()).isEqualTo("groupRuntime");
        assertThat(next.results().sortDescendingProperty().get()).isFalse();
        assertThat(next.results().hiddenColumns()).containsExactly("groupShare", "groupSparkline");
    }

    @Test
    void aCorruptViewSaysSoAndLeavesTheFormAlone() throws IOException {
        ExplorerViewModel explorer = explorer();
        explorer.form().periodProperty().set(Period.MONTHLY);
        Files.writeString(folder.resolve("broken.dcxview"), "{\"formatVersion\": 1, \"query\": ");
        ExportViewModel export = export(explorer);

        export.openView(folder.resolve("broken.dcxview"));

        assertThat(export.outcomeProperty().get()).isNotEmpty().doesNotContain("Exception");
        assertThat(explorer.form().periodProperty().get()).isEqualTo(Period.MONTHLY);
        assertThat(explorer.results().rows().all()).isEmpty();
    }

    @Test
    void aViewOfAFarmThisConnectionCannotSeeSaysSoAndRunsNothing() throws IOException {
        ExplorerViewModel first = explorer();
        first.runQuery();
        export(first).saveView(folder.resolve("other.dcxview"), "other");
        Path file = folder.resolve("other.dcxview");
        Files.writeString(file, Files.readString(file).replace(FARM.id(), "farm-ffffffffffffffffffffffffffffffff"));

        ExplorerViewModel next = explorer();
        ExportViewModel export = export(next);
        export.openView(file);

        assertThat(export.outcomeProperty().get()).contains("without running it").contains("is not visible");
        assertThat(next.results().rows().all()).isEmpty();
    }

    @Test
    void theTypedExtensionChoosesTheChartFormatOverTheSelectedFilter() throws IOException {
        ExplorerViewModel explorer = explorer();
        explorer.runQuery();

        export(explorer).exportChartAs(folder.resolve("chart1.pdf"), ChartFileFormat.PNG);

        assertThat(folder.resolve("chart1.pdf.png")).doesNotExist();
        assertThat(new String(Files.readAllBytes(folder.resolve("chart1.pdf")), 0, 5, StandardCharsets.ISO_8859_1))
            .isEqualTo("%PDF-");
    }

    @Test
    void aNameWithoutExtensionGetsTheSelectedFiltersAndJsonByNameIsJson() throws IOException {
        ExplorerViewModel explorer = explorer();
        explorer.runQuery();
        ExportViewModel export = export(explorer);

        export.exportChartAs(folder.resolve("meeting"), ChartFileFormat.SVG);
        export.exportDataAs(folder.resolve("result.json"), ExportViewModel.DataExport.SHOWN_CSV);

        assertThat(Files.readString(folder.resolve("meeting.svg"))).contains("<svg");
        assertThat(Files.readString(folder.resolve("result.json"))).startsWith("{");
    }

    @Test
    void aViewSavedAsQ1IsNamedQ1() {
        ExplorerViewModel explorer = explorer();
        explorer.runQuery();

        export(explorer).saveViewAs(folder.resolve("q1.dcxview"));

        assertThat(com.deadlinecost.service.views.ViewFiles.load(folder.resolve("q1.dcxview")).view())
            .hasValueSatisfying(view -> assertThat(view.name()).isEqualTo("q1"));
    }

    @Test
    void dialogsSuggestANameFromTheQueryAndOpenInTheLastFolderUsed() throws IOException {
        ExplorerViewModel explorer = explorer();
        explorer.runQuery();
        Path reports = Files.createDirectories(folder.resolve("reports"));

        export(explorer).exportChartAs(reports.resolve("chart.png"), ChartFileFormat.PNG);

        ExportViewModel later = export(explorer);
        assertThat(later.initialFolder()).contains(reports);
        assertThat(later.suggestedFileName("png")).isEqualTo("feature_2025-12-12_2026-01-10_by-queue.png");
    }

    /** One farm with one queue whose query returns a day of hourly rows. */
    private static final class OneFarm extends ScriptedGateway {
        OneFarm() {
            super(List.of(ScriptedGateway.rows("queue-0123456789abcdef0123456789abcdef", 0, 24)), null);
        }

        @Override
        public List<NamedResource> farms() {
            return List.of(FARM);
        }

        @Override
        public List<NamedResource> queues(String farmId) {
            return List.of(QUEUE);
        }
    }
}
