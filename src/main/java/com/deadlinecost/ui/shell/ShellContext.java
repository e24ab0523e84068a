package com.deadlinecost.ui.shell;

import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.budgets.BudgetsFactory;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.explorer.ExplorerFactory;
import com.deadlinecost.ui.history.HistoryFactory;
import java.nio.file.Path;

/**
 * The services the main window needs, built by the composition root in {@code app}.
 *
 * @param explorers builds the explorer once the window's settings are live
 * @param viewToOpen a saved view given on the command line, or null
 * @param budgets builds the Budgets tab, or null for a window without one
 * @param logFolder where the log files are, for Help > Open log folder (null: not known)
 * @param history builds the History tab, or null for a window that keeps no history
 */
public record ShellContext(SettingsStore settingsStore, SettingsStore.Loaded loadedSettings, TaskRunner taskRunner,
                           AboutInfo aboutInfo, ExplorerFactory explorers, Path viewToOpen, BudgetsFactory budgets,
                           Path logFolder, HistoryFactory history) {

    /** A context without a History tab. */
    public ShellContext(SettingsStore settingsStore, SettingsStore.Loaded loadedSettings, TaskRunner taskRunner,
                        AboutInfo aboutInfo, ExplorerFactory explorers, Path viewToOpen, BudgetsFactory budgets,
                        Path logFolder) {
        this(settingsStore, loadedSettings, taskRunner, aboutInfo, explorers, viewToOpen, budgets, logFolder, null);
    }

    /** A context without a Budgets tab and without a known log folder. */
    public ShellContext(SettingsStore settingsStore, SettingsStore.Loaded loadedSettings, TaskRunner taskRunner,
                        AboutInfo aboutInfo, ExplorerFactory explorers, Path viewToOpen) {
        this(settingsStore, loadedSettings, taskRunner, aboutInfo, explorers, viewToOpen, null, null, null);
    }

    /** A context with no view to open at start. */
    public ShellContext(SettingsStore settingsStore, SettingsStore.Loaded loadedSettings, TaskRunner taskRunner,
                        AboutInfo aboutInfo, ExplorerFactory explorers) {
        this(settingsStore, loadedSettings, taskRunner, aboutInfo, explorers, null, null, null, null);
    }

    /** This context with a saved view to open at start. */
    public ShellContext withViewToOpen(Path view) {
        return new ShellContext(settingsStore, loadedSettings, taskRunner, aboutInfo, explorers, view, budgets,
            logFolder, history);
    }
}
