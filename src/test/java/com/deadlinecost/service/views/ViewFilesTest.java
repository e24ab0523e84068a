package com.deadlinecost.service.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.ViewSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewFilesTest {
    private static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    private static final SavedQuery QUERY = new SavedQuery("farm-1", "QUEUE", List.of("queue-a", "queue-b"),
        "LAST_MONTH", null, null, "UTC-08:00", "DAILY", List.of("QUEUE_ID", "USER_ID"), List.of("SUM", "AVG"));
    private static final ViewSettings SETTINGS = new ViewSettings("STACKED_BARS", "USER_ID", "RUNTIME_SUM", 5,
        List.of("costMin"), "costSum", true, "lighting", List.of(new ViewSettings.DrillStep("QUEUE_ID", "queue-a")),
        Map.of("groupCost", 140.0));

    @TempDir
    Path folder;

    private SavedView view() {
        return ViewFiles.newView("Monthly chargeback", ViewConnection.of(ConnectionTarget.profile("studio",
            "us-west-2")), QUERY, SETTINGS, NOW);
    }

    @Test
    void aSavedViewOpensAsItWasSaved() throws IOException {
        Path file = folder.resolve("monthly.dcxview");

        ViewFiles.save(file, view());
        ViewLoadResult loaded = ViewFiles.load(file);

        assertThat(loaded.failed()).isFalse();
        assertThat(loaded.warnings()).isEmpty();
        SavedView view = loaded.view().orElseThrow();
        assertThat(view.name()).isEqualTo("Monthly chargeback");
        assertThat(view.formatVersion()).isEqualTo(SavedView.FORMAT_VERSION);
        assertThat(view.query()).isEqualTo(QUERY);
        assertThat(view.settings()).isEqualTo(SETTINGS);
        assertThat(view.connection().target()).contains(ConnectionTarget.profile("studio", "us-west-2"));
        assertThat(view.savedAt()).isEqualTo(NOW);
        assertThat(Files.readString(file)).contains("\"formatVersion\"").doesNotContainIgnoringCase("secret");
    }

    @Test
    void theSavedQueryRestoresWithItsPresetResolvedNow() {
        QueryForms.Restored restored = QueryForms.restore(QUERY, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(restored.preset()).isEqualTo(RangePreset.LAST_MONTH);
        assertThat(restored.query().range().start()).isEqualTo(Instant.parse("2026-02-01T08:00:00Z"));
        assertThat(QueryForms.save(restored.query(), restored.preset())).isEqualTo(QUERY);
    }

    @Test
    void aCorruptFileIsAnErrorResultNotAnException() throws IOException {
        Path file = folder.resolve("broken.dcxview");
        Files.writeString(file, "{\"formatVersion\": 1, \"query\": {\"farmId\": ", StandardCharsets.UTF_8);

        ViewLoadResult loaded = ViewFiles.load(file);

        assertThat(loaded.failed()).isTrue();
        assertThat(loaded.error().orElseThrow()).contains("broken.dcxview").contains("damaged");
    }

    @Test
    void aFileThatIsNotAViewSaysSo() throws IOException {
        Path file = folder.resolve("settings.dcxview");
        Files.writeString(file, "{\"theme\": \"dark\"}");

        assertThat(ViewFiles.load(file).error().orElseThrow()).contains("not a Deadline Cost Explorer view");
        assertThat(ViewFiles.load(folder.resolve("missing.dcxview")).error().orElseThrow())
            .contains("does not exist");
    }

    @Test
    void aNewerFormatLoadsWhatItUnderstandsAndSaysSo() throws IOException {
        Path file = folder.resolve("newer.dcxview");
        Files.writeString(file, "{\"formatVersion\": 3, \"appVersion\": \"2.4.0\", \"name\": \"Future\","
            + " \"query\": {\"farmId\": \"farm-1\", \"resourceKind\": \"QUEUE\", \"resourceIds\": [\"queue-a\"],"
            + " \"preset\": \"LAST_7_DAYS\", \"offset\": \"UTC+00:00\", \"period\": \"FORTNIGHTLY\","
            + " \"groupBy\": [\"QUEUE_ID\", \"PROJECT\"], \"statistics\": [\"SUM\", \"P95\"],"
            + " \"budget\": {\"limit\": 10}},"
            + " \"settings\": {\"chartType\": \"HEATMAP\", \"topN\": 4, \"colourScheme\": \"warm\"}}");

        ViewLoadResult loaded = ViewFiles.load(file);

        SavedView view = loaded.view().orElseThrow();
        assertThat(view.query().period()).isEqualTo("DAILY");
        assertThat(view.query().groupBy()).containsExactly("QUEUE_ID");
        assertThat(view.query().statistics()).containsExactly("SUM");
        assertThat(view.settings().topN()).isEqualTo(4);
        assertThat(loaded.warnings()).anySatisfy(warning -> assertThat(warning).contains("newer version")
            .contains("2.4.0")).anySatisfy(warning -> assertThat(warning).contains("FORTNIGHTLY"))
            .anySatisfy(warning -> assertThat(warning).contains("PROJECT"));
    }

    @Test
    void anOlderFormatIsConvertedWithANote() throws IOException {
        Path file = folder.resolve("old.dcxview");
        Files.writeString(file, "{\"query\": {\"farmId\": \"farm-1\", \"resourceKind\": \"FLEET\","
            + " \"resourceIds\": [\"fleet-a\"], \"preset\": \"LAST_30_DAYS\", \"offset\": \"UTC+00:00\","
            + " \"period\": \"WEEKLY\", \"groupBy\": [\"FLEET_ID\"], \"statistics\": [\"SUM\"]}}");

        ViewLoadResult loaded = ViewFiles.load(file);

        assertThat(loaded.view().orElseThrow().name()).isEqualTo("old");
        assertThat(loaded.view().orElseThrow().settings()).isEqualTo(ViewSettings.defaults());
        assertThat(loaded.warnings()).singleElement().asString().contains("older version");
    }

    @Test
    void aFarmTheConnectionCannotSeeIsDroppedWithAMessageAndTheRestKept() throws IOException {
        Path file = folder.resolve("elsewhere.dcxview");
        ViewFiles.save(file, view());

        ViewLoadResult checked = ViewAvailability.check(ViewFiles.load(file),
            List.of(new NamedResource("farm-2", "Other farm", "")), farmId -> List.of(), "Demo studio");

        assertThat(checked.view().orElseThrow().query().farmId()).isNull();
        assertThat(checked.view().orElseThrow().settings()).isEqualTo(SETTINGS);
        assertThat(checked.warnings()).singleElement().asString().contains("farm-1").contains("not visible")
            .contains("Demo studio");
    }

    @Test
    void queuesMissingFromTheFarmAreLeftOutWithAMessage() throws IOException {
        Path file = folder.resolve("partial.dcxview");
        ViewFiles.save(file, view());
        Map<String, List<NamedResource>> queues = Map.of("farm-1", List.of(new NamedResource("queue-a", "A", "")));

        ViewLoadResult checked = ViewAvailability.check(ViewFiles.load(file),
            List.of(new NamedResource("farm-1", "Farm", "")), queues::get, "Demo studio");

        assertThat(checked.view().orElseThrow().query().resourceIds()).containsExactly("queue-a");
        assertThat(checked.warnings()).singleElement().asString().contains("queue-b").contains("left out");
    }
}
