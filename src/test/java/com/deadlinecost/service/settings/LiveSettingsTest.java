package com.deadlinecost.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSettingsTest {
    @TempDir
    Path folder;

    private final List<Runnable> queued = new ArrayList<>();

    @Test
    void aChangeAppliesAtOnceAndReachesTheDiskOnlyThroughTheSaver() {
        SettingsStore store = new SettingsStore(folder, Clock.systemUTC());
        LiveSettings settings = new LiveSettings(store, AppSettings.defaults(), queued::add);

        settings.update(current -> current.withTheme(ThemeChoice.DARK));

        assertThat(settings.current().theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(store.load().settings().theme()).as("not written by the caller").isNotEqualTo(ThemeChoice.DARK);
        queued.forEach(Runnable::run);
        assertThat(store.load().settings().theme()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void aLateSaveNeverWritesOlderSettingsOverNewerOnes() {
        SettingsStore store = new SettingsStore(folder, Clock.systemUTC());
        LiveSettings settings = new LiveSettings(store, AppSettings.defaults(), queued::add);

        settings.update(current -> current.withTheme(ThemeChoice.DARK));
        settings.update(current -> current.withTheme(ThemeChoice.LIGHT));
        queued.get(1).run();
        queued.get(0).run();

        assertThat(store.load().settings().theme()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void saveLatestWritesWhatTheCancelledSaverDidNot() {
        SettingsStore store = new SettingsStore(folder, Clock.systemUTC());
        LiveSettings settings = new LiveSettings(store, AppSettings.defaults(), queued::add);

        settings.update(current -> current.withTheme(ThemeChoice.DARK));

        assertThat(settings.saveLatest()).isTrue();
        assertThat(store.load().settings().theme()).isEqualTo(ThemeChoice.DARK);
    }
}
