package com.deadlinecost.ui.shell;

import com.deadlinecost.service.AboutInfo;
import com.deadlinecost.service.settings.AppSettings;
import com.deadlinecost.service.settings.AppSettings.WindowBounds;
import com.deadlinecost.service.settings.SettingsStore;
import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State of the main window: its title, the status line, and what is remembered between runs. */
public final class MainWindowViewModel {
    public static final String TITLE = "Deadline Cost Explorer";
    static final String READY = "Ready";
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    private final SettingsStore settingsStore;
    private final AboutInfo aboutInfo;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(READY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private AppSettings settings;

    public MainWindowViewModel(SettingsStore settingsStore, SettingsStore.Loaded loaded, AboutInfo aboutInfo) {
        this.settingsStore = settingsStore;
        this.aboutInfo = aboutInfo;
        this.settings = loaded.settings();
        loaded.notice().ifPresent(this::showNotice);
    }

    public String title() {
        return TITLE;
    }

    /** The status bar's text: what the app is doing, or the latest notice. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** A one-line notice about something the user should know (empty when there is none). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
        statusText.set(READY);
    }

    public Optional<WindowBounds> rememberedWindowBounds() {
        return settings.windowBounds();
    }

    public AboutInfo aboutInfo() {
        return aboutInfo;
    }

    /** Remembers where the window was; called as it closes. A failure to save never blocks closing. */
    public void windowClosing(WindowBounds bounds) {
        settings = settings.withWindow(bounds);
        try {
            settingsStore.save(settings);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", settingsStore.file(), e.toString());
        }
    }

    private void showNotice(String text) {
        notice.set(text);
        statusText.set(text);
    }
}
