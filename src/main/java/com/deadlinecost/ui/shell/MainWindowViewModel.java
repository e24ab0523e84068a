package com.deadlinecost.ui.shell;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.platform.Diagnostics;
import com.deadlinecost.service.settings.AppSettings.WindowBounds;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.ThemeChoice;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: its title, the status line, and what is remembered between runs. */
public final class MainWindowViewModel {
    public static final String TITLE = "Deadline Cost Explorer";
    static final String READY = "Ready";

    private final LiveSettings settings;
    private final AboutInfo aboutInfo;
    private final Path logFolder;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(READY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final BooleanProperty systemPrefersDark = new SimpleBooleanProperty(false);
    private final BooleanBinding dark = Bindings.createBooleanBinding(
        () -> theme.get() == ThemeChoice.DARK || theme.get() == ThemeChoice.SYSTEM && systemPrefersDark.get(),
        theme, systemPrefersDark);

    public MainWindowViewModel(LiveSettings settings, Optional<String> notice, AboutInfo aboutInfo) {
        this(settings, notice, aboutInfo, null);
    }

    /** @param logFolder where the log files are, for the diagnostics (null: not known) */
    public MainWindowViewModel(LiveSettings settings, Optional<String> notice, AboutInfo aboutInfo, Path logFolder) {
        this.settings = settings;
        this.aboutInfo = aboutInfo;
        this.logFolder = logFolder;
        notice.ifPresent(this::showNotice);
        theme.set(settings.current().theme());
        theme.addListener((observable, before, after) -> settings.update(current -> current.withTheme(after)));
    }

    /** The user's theme choice, remembered between runs. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Whether the window shows dark colours now. */
    public BooleanBinding darkProperty() {
        return dark;
    }

    /** Records what the desktop prefers, once it has been asked (off the UI thread). */
    public void systemThemeDetected(boolean prefersDark) {
        systemPrefersDark.set(prefersDark);
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

    /** Help > Copy diagnostics: version, Java, OS, the kind of connection; never a profile or credentials. */
    public String diagnostics(ConnectionTarget.Kind connection) {
        String kind = connection == ConnectionTarget.Kind.DEMO ? "Demo studio"
            : connection == ConnectionTarget.Kind.PROFILE ? "AWS profile" : "AWS default credentials";
        return Diagnostics.text(aboutInfo.version(), kind, logFolder);
    }

    public AboutInfo aboutInfo() {
        return aboutInfo;
    }

    /** Remembers where the window was; called as it closes. A failure to save never blocks closing. */
    public void windowClosing(WindowBounds bounds) {
        settings.update(current -> current.withWindow(bounds));
    }

    /** Shows a one-line notice in the status bar until the next query runs. */
    public void announce(String text) {
        if (text != null && !text.isBlank()) {
            showNotice(text);
        }
    }

    private void showNotice(String text) {
        notice.set(text);
        statusText.set(text);
    }
}
