package com.deadlinecost.ui.shell;

import com.deadlinecost.service.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.explorer.ExplorerContext;

/** The services the main window needs, built by the composition root in {@code app}. */
public record ShellContext(SettingsStore settingsStore, SettingsStore.Loaded loadedSettings, TaskRunner taskRunner,
                           AboutInfo aboutInfo, ExplorerContext explorer) {
}
