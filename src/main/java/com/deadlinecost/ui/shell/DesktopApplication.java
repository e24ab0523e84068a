package com.deadlinecost.ui.shell;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. JavaFX creates this class by reflection, so the composition root hands over the
 * context through {@link #launch(CompletableFuture)} before the toolkit starts.
 */
public final class DesktopApplication extends Application {
    private static volatile CompletableFuture<ShellContext> pendingContext;
    private ShellContext context;
    private MainWindow window;

    /**
     * Starts the toolkit, shows the main window and blocks until the app exits. The context may still be in the
     * making: the toolkit's start-up and the context's (settings, logging) overlap, and the window waits for both.
     */
    public static void launch(CompletableFuture<ShellContext> context) {
        pendingContext = Objects.requireNonNull(context);
        Application.launch(DesktopApplication.class);
    }

    @Override
    public void start(Stage stage) {
        context = Objects.requireNonNull(pendingContext, "launch(context) was not called").join();
        window = new MainWindow(context, getHostServices()::showDocument);
        window.show(stage);
    }

    @Override
    public void stop() {
        context.taskRunner().shutdown();
        // The window is gone and no frame is drawn any more: the one settings write that may block the FX thread.
        window.saveSettingsNow();
    }
}
