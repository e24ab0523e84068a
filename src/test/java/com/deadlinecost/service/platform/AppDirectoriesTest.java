package com.deadlinecost.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxFollowsXdgVariables() {
        AppDirectories dirs = AppDirectories.of("Linux",
            Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/state", "XDG_DATA_HOME", "/data"), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/deadline-cost-explorer"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/state/deadline-cost-explorer/logs"));
        assertThat(dirs.data()).isEqualTo(Path.of("/data/deadline-cost-explorer"));
    }

    @Test
    void linuxFallsBackToDotConfigAndIgnoresRelativeXdgValues() {
        AppDirectories dirs = AppDirectories.of("Linux", Map.of("XDG_CONFIG_HOME", "relative/path"), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/home/ana/.config/deadline-cost-explorer"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/ana/.local/state/deadline-cost-explorer/logs"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.of("Windows 11",
            Map.of("APPDATA", "/c/Users/ana/AppData/Roaming", "LOCALAPPDATA", "/c/Users/ana/AppData/Local"), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/DeadlineCostExplorer"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/c/Users/ana/AppData/Local/DeadlineCostExplorer/Logs"));
    }

    @Test
    void macUsesLibraryFolders() {
        AppDirectories dirs = AppDirectories.of("Mac OS X", Map.of(), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/home/ana/Library/Application Support/DeadlineCostExplorer"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/ana/Library/Logs/DeadlineCostExplorer"));
    }
}
