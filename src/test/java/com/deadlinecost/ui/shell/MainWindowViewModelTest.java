package com.deadlinecost.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.AppSettings.WindowBounds;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.service.settings.ThemeChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir
    Path folder;

    private MainWindowViewModel viewModel(SettingsStore store) {
        SettingsStore.Loaded loaded = store.load();
        return new MainWindowViewModel(new LiveSettings(store, loaded.settings(), Runnable::run), loaded.notice(),
            AboutInfo.load());
    }

    @Test
    void diagnosticsNameVersionJavaOsAndTheConnectionKindButNoProfile() {
        SettingsStore store = new SettingsStore(folder, Clock.systemUTC());
        MainWindowViewModel viewModel = new MainWindowViewModel(
            new LiveSettings(store, store.load().settings(), Runnable::run), java.util.Optional.empty(),
            AboutInfo.load(), folder.resolve("logs"));

        String text = viewModel.diagnostics(com.deadlinecost.service.connection.ConnectionTarget.Kind.PROFILE);

        assertThat(text).contains("Deadline Cost Explorer " + AboutInfo.load().version())
            .contains("Java " + System.getProperty("java.version")).contains(System.getProperty("os.name"))
            .contains("Connection: AWS profile\n").contains(folder.resolve("logs").toString());
    }

    @Test
    void aCorruptSettingsFileShowsAOneLineNoticeInTheStatusBar() throws IOException {
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME), "not json at all");

        MainWindowViewModel viewModel = viewModel(new SettingsStore(folder, Clock.systemUTC()));

        assertThat(viewModel.noticeProperty().get()).contains("damaged").doesNotContain("\n");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo(viewModel.noticeProperty().get());
    }

    @Test
    void dismissingTheNoticeReturnsTheStatusToReady() throws IOException {
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME), "[]");
        MainWindowViewModel viewModel = viewModel(new SettingsStore(folder, Clock.systemUTC()));

        viewModel.dismissNotice();

        assertThat(viewModel.noticeProperty().get()).isEmpty();
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Ready");
    }

    @Test
    void windowGeometryIsSavedAndRememberedByTheNextRun() {
        SettingsStore store = new SettingsStore(folder, Clock.systemUTC());
        viewModel(store).windowClosing(new WindowBounds(5, 6, 1000, 700, false));

        assertThat(viewModel(store).rememberedWindowBounds()).contains(new WindowBounds(5, 6, 1000, 700, false));
    }

    @Test
    void aboutInfoListsTheDependenciesWithResolvedVersions() {
        AboutInfo about = viewModel(new SettingsStore(folder, Clock.systemUTC())).aboutInfo();

        assertThat(about.dependencies()).extracting(AboutInfo.Dependency::name)
            .anySatisfy(name -> assertThat(name).startsWith("OpenJFX"))
            .anySatisfy(name -> assertThat(name).startsWith("AWS SDK"));
        assertThat(about.dependencies()).allSatisfy(dep -> assertThat(dep.version()).doesNotContain("${"));
    }

    @Test
    void followingTheSystemGoesDarkOnlyWhenTheDesktopPrefersIt() {
        MainWindowViewModel viewModel = viewModel(new SettingsStore(folder, Clock.systemUTC()));

        assertThat(viewModel.darkProperty().get()).isFalse();
        viewModel.systemThemeDetected(true);
        assertThat(viewModel.darkProperty().get()).isTrue();
        viewModel.themeProperty().set(ThemeChoice.LIGHT);
        assertThat(viewModel.darkProperty().get()).isFalse();
    }

    @Test
    void theThemeChoiceIsRememberedByTheNextRun() {
        SettingsStore store = new SettingsStore(folder, Clock.systemUTC());
        viewModel(store).themeProperty().set(ThemeChoice.DARK);

        assertThat(viewModel(store).darkProperty().get()).isTrue();
    }
}
