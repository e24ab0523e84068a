package com.deadlinecost.app;

import com.deadlinecost.service.AboutInfo;
import com.deadlinecost.service.AppDirectories;
import com.deadlinecost.service.connection.AwsProfiles;
import com.deadlinecost.service.connection.DeadlineGateways;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.FxTaskRunner;
import com.deadlinecost.ui.shell.DesktopApplication;
import com.deadlinecost.ui.explorer.ExplorerContext;
import com.deadlinecost.ui.shell.ShellContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Opens the explorer window: the composition root that wires services into the UI. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the explorer window (the default).")
final class GuiCommand implements Callable<Integer> {
    static final int NO_DISPLAY = 4;
    private static final int WORKER_THREADS = 4;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!hasDisplay()) {
            spec.commandLine().getErr().println("Cannot open the window: no display was found (DISPLAY is not set)."
                + " Run it from a desktop session, or try 'deadline-cost-explorer --help' for the headless commands.");
            return NO_DISPLAY;
        }
        Logger log = LoggerFactory.getLogger(GuiCommand.class);
        AppDirectories directories = AppDirectories.forCurrentUser();
        log.info("Starting Deadline Cost Explorer; settings in {}", directories.config());
        SettingsStore settingsStore = new SettingsStore(directories.config(), Clock.systemUTC());
        try (DeadlineGateways gateways = DeadlineGateways.forApp()) {
            ExplorerContext explorer = new ExplorerContext(gateways, AwsProfiles.list(), Clock.systemUTC(),
                ZoneId.systemDefault());
            DesktopApplication.launch(new ShellContext(settingsStore, settingsStore.load(),
                new FxTaskRunner(WORKER_THREADS), AboutInfo.load(), explorer));
        }
        return 0;
    }

    // On Linux without an X or Wayland display JavaFX aborts with a native error; say it plainly instead.
    private static boolean hasDisplay() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
            || "Monocle".equals(System.getProperty("glass.platform"));
    }
}
