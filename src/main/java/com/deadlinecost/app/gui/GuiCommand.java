package com.deadlinecost.app.gui;

import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.service.connection.AwsProfiles;
import com.deadlinecost.service.deadline.GatewayFactory;
import com.deadlinecost.service.history.HistoryException;
import com.deadlinecost.service.history.HistoryGateway;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.platform.AppDirectories;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.FxTaskRunner;
import com.deadlinecost.ui.explorer.ExplorerContext;
import com.deadlinecost.ui.history.HistoryViewModel;
import com.deadlinecost.ui.shell.DesktopApplication;
import com.deadlinecost.ui.shell.ShellContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Opens the explorer window: the composition root that wires services into the UI. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the explorer window (the default).")
public final class GuiCommand implements Callable<Integer> {
    static final int NO_DISPLAY = 4;
    private static final int WORKER_THREADS = 4;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "VIEW_FILE", description = "A saved view (.dcxview) to open.")
    private Path viewFile;

    @Override
    public Integer call() {
        return open(spec.commandLine().getErr(), viewFile);
    }

    /** Opens the window, with a saved view when one is given; returns the exit code. */
    public static int open(PrintWriter err, Path viewFile) {
        if (!hasDisplay(System.getProperty("os.name", ""), System.getenv())) {
            err.println("Cannot open the window: no display was found (DISPLAY is not set)."
                + " Run it from a desktop session, or try 'deadline-cost-explorer --help' for the headless commands.");
            err.flush();
            return NO_DISPLAY;
        }
        AppDirectories directories = AppDirectories.forCurrentUser();
        AtomicReference<HistoryStore> history = new AtomicReference<>();
        try (DeadlineGateways gateways = DeadlineGateways.forApp()) {
            FxTaskRunner runner = new FxTaskRunner(WORKER_THREADS);
            // The toolkit starts at once; logging, the settings file, the history and the rest of what the window
            // needs are read meanwhile on another thread (the demo studio starts only after the first frame).
            CompletableFuture<ShellContext> context = CompletableFuture.supplyAsync(() -> {
                Logger log = LoggerFactory.getLogger(GuiCommand.class);
                log.info("Starting Deadline Cost Explorer; settings in {}", directories.config());
                SettingsStore settingsStore = new SettingsStore(directories.config(), Clock.systemUTC());
                HistoryStore kept = openHistory(directories, log);
                history.set(kept);
                GatewayFactory connections = kept == null ? gateways
                    : HistoryGateway.keeping(gateways, kept, Clock.systemUTC());
                ExplorerContext explorer = new ExplorerContext(connections, AwsProfiles::list, Clock.systemUTC(),
                    ZoneId.systemDefault()).runningOnFirstStart();
                return new ShellContext(settingsStore, settingsStore.load(), runner, AboutInfo.load(),
                    ExplorerAssembly.forWindow(explorer, runner), viewFile,
                    new BudgetsAssembly(runner, Clock.systemUTC()), directories.logs(),
                    kept == null ? null : () -> new HistoryViewModel(kept, runner, Clock.systemUTC()));
            });
            DesktopApplication.launch(context);
        } finally {
            HistoryStore kept = history.get();
            if (kept != null) {
                kept.close();
            }
        }
        return 0;
    }

    // Without a history (a folder that cannot be written) the window works as before, keeping nothing.
    private static HistoryStore openHistory(AppDirectories directories, Logger log) {
        try {
            HistoryStore history = HistoryStore.open(HistoryStore.defaultFile(directories), Clock.systemUTC());
            log.info("History in {}", history.file());
            return history;
        } catch (HistoryException e) {
            log.warn("No history this time: {}", e.getMessage());
            return null;
        }
    }

    // On Linux without an X or Wayland display JavaFX aborts with a native error; say it plainly instead.
    public static boolean hasDisplay(String osName, Map<String, String> env) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return true;
        }
        return env.get("DISPLAY") != null || env.get("WAYLAND_DISPLAY") != null;
    }
}
