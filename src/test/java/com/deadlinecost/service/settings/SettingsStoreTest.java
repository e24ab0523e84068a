package com.deadlinecost.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.service.settings.AppSettings.WindowBounds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:15Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private SettingsStore store() {
        return new SettingsStore(folder, CLOCK);
    }

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        AppSettings saved = AppSettings.defaults().withWindow(new WindowBounds(10, 20, 1300, 850, true));

        store().save(saved);
        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(saved);
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void howResultsAreShownLoadsBackAndADamagedOneFallsBackAloneToTheDefaults() throws IOException {
        ViewSettings shown = new ViewSettings("LINES", null, "RUNTIME_SUM", 3, List.of("groupShare"),
            "groupRuntime", false, null, null, Map.of("groupCost", 151.0));
        AppSettings saved = AppSettings.defaults().withWindow(new WindowBounds(10, 20, 1300, 850, true))
            .withView(shown);
        store().save(saved);
        assertThat(store().load().settings().view()).isEqualTo(shown);

        Path file = folder.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("\"hiddenColumns\" : [ \"groupShare\" ]",
            "\"hiddenColumns\" : { \"not\": \"a list\" }"));
        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings().view()).isEqualTo(ViewSettings.defaults());
        assertThat(loaded.settings().windowBounds()).isEqualTo(saved.windowBounds());
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void missingFileGivesDefaultsWithoutANotice() {
        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void corruptFileIsKeptAsideAndDefaultsAreUsedWithANotice() throws IOException {
        Path file = folder.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\"formatVersion\": 1, \"window\": {\"x\": ", StandardCharsets.UTF_8);

        SettingsStore.Loaded loaded = store().load();

        Path kept = folder.resolve("settings.json.corrupt-20261128-093015");
        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.notice()).hasValueSatisfying(notice -> assertThat(notice)
            .contains("damaged").contains(kept.toString()).doesNotContain("\n"));
        assertThat(kept).hasContent("{\"formatVersion\": 1, \"window\": {\"x\": ");
        assertThat(file).doesNotExist();
    }

    @Test
    void impossibleValuesCountAsCorrupt() throws IOException {
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME),
            "{\"formatVersion\":1,\"window\":{\"x\":0,\"y\":0,\"width\":-5,\"height\":10}}");

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.notice()).isPresent();
    }

    @Test
    void unknownMembersFromANewerVersionAreIgnored() throws IOException {
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME),
            "{\"formatVersion\":9,\"sidebar\":\"wide\",\"theme\":\"sepia\","
                + "\"window\":{\"x\":1,\"y\":2,\"width\":3,\"height\":4}}");

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.settings().windowBounds()).contains(new WindowBounds(1, 2, 3, 4, false));
        assertThat(loaded.settings().theme()).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        store().save(AppSettings.defaults());
        store().save(AppSettings.defaults().withWindow(new WindowBounds(0, 0, 800, 600, false)));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
    }
}
