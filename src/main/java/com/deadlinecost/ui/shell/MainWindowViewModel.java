package com.deadlinecost.ui.shell;

import com.deadlinecost.service.AboutInfo;
import com.deadlinecost.service.settings.AppSettings.WindowBounds;
import com.deadlinecost.service.settings.LiveSettings;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** State of the main window: its title, the status line, and what is remembered between runs. */
public final class MainWindowViewModel {
    public static final String TITLE = "Deadline Cost Explorer";
    static final String READY = "Ready";

    private final LiveSettings settings;
    private final AboutInfo aboutInfo;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(READY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public MainWindowViewModel(LiveSettings settings, Optional<String> notice, AboutInfo aboutInfo) {
        this.settings = settings;
        this.aboutInfo = aboutInfo;
        notice.ifPresent(this::showNotice);
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
        return settings.current().windowBounds();
    }

    public AboutInfo aboutInfo() {
        return aboutInfo;
    }

    /** Remembers where the window was; called as it closes. A failure to save never blocks closing. */
    public void windowClosing(WindowBounds bounds) {
        settings.update(current -> current.withWindow(bounds));
    }

    private void showNotice(String text) {
        notice.set(text);
        statusText.set(text);
    }
}
