package com.deadlinecost.ui.shell;

import com.deadlinecost.service.platform.SystemTheme;
import com.deadlinecost.service.platform.UserGuide;
import com.deadlinecost.service.settings.AppSettings.WindowBounds;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.budgets.BudgetsView;
import com.deadlinecost.ui.budgets.BudgetsViewModel;
import com.deadlinecost.ui.common.Actions;
import com.deadlinecost.ui.common.AppAction;
import com.deadlinecost.ui.common.FirstPaintProbe;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.explorer.ExplorerView;
import com.deadlinecost.ui.explorer.ExplorerViewModel;
import com.deadlinecost.ui.explorer.QueryRunViewModel;
import com.deadlinecost.ui.export.ExportDialogs;
import com.deadlinecost.ui.export.ExportViewModel;
import com.deadlinecost.ui.history.HistoryBanner;
import com.deadlinecost.ui.history.HistoryView;
import com.deadlinecost.ui.history.HistoryViewModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Puts the main window on a stage: scene, icons, remembered geometry, and the window-level actions. */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final String EXPLORER_TAB = "explorerTab";
    static final String BUDGETS_TAB = "budgetsTab";
    static final String HISTORY_TAB = "historyTab";
    /** The smallest window in which every control keeps its text and the table shows rows. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private final ShellContext context;
    private final Consumer<String> showDocument;
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private ExplorerViewModel explorer;
    private LiveSettings settings;

    /** A window that opens folders and documents with {@code showDocument} (the desktop's HostServices). */
    public MainWindow(ShellContext context, Consumer<String> showDocument) {
        this.context = context;
        this.showDocument = showDocument;
    }

    /** A window with no desktop to open folders with: Help > Open log folder says where the folder is. */
    public MainWindow(ShellContext context) {
        this(context, null);
    }

    public MainWindowView view() {
        return view;
    }

    /** The explorer shown in the window, once shown. */
    public ExplorerViewModel explorer() {
        return explorer;
    }

    /**
     * Writes what the window remembered and has not written yet (the last geometry, typically): the close handler
     * cancels background work, so the app calls this once the window is gone.
     */
    public void saveSettingsNow() {
        if (settings != null) {
            settings.saveLatest();
        }
    }

    public void show(Stage stage) {
        settings = new LiveSettings(context.settingsStore(), context.loadedSettings().settings(),
            context.taskRunner().asExecutor());
        viewModel = new MainWindowViewModel(settings, context.loadedSettings().notice(), context.aboutInfo(),
            context.logFolder());
        explorer = context.explorers().create(settings);
        ExportViewModel export = new ExportViewModel(explorer, context.taskRunner(), settings, explorer.clock());
        export.outcomeProperty().addListener((observable, before, after) -> viewModel.announce(after));
        ExportDialogs dialogs = new ExportDialogs(export, stage);
        explorer.confirmLargeQueryProperty().set(question -> confirm(stage, question));
        Actions actions = new Actions()
            .on(AppAction.OPEN_VIEW, dialogs::openView)
            .on(AppAction.SAVE_VIEW, dialogs::saveView)
            .on(AppAction.EXPORT_CHART, dialogs::exportChart)
            .disabledWhen(AppAction.EXPORT_CHART, export.hasResultProperty().not())
            .on(AppAction.COPY_CHART, dialogs::copyChart)
            .disabledWhen(AppAction.COPY_CHART, export.hasResultProperty().not())
            .on(AppAction.EXPORT_DATA, dialogs::exportData)
            .disabledWhen(AppAction.EXPORT_DATA, export.hasResultProperty().not())
            .on(AppAction.QUIT, () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
            .on(AppAction.FULL_SCREEN, () -> stage.setFullScreen(!stage.isFullScreen()))
            .on(AppAction.ABOUT, () -> new AboutDialog(stage, viewModel.aboutInfo()).showAndWait())
            .on(AppAction.KEYBOARD_SHORTCUTS, () -> HelpDialogs.shortcuts(stage).show())
            .on(AppAction.USER_GUIDE, () -> HelpDialogs.userGuide(stage, UserGuide.text()).show())
            .on(AppAction.OPEN_LOG_FOLDER, this::openLogFolder)
            .on(AppAction.COPY_DIAGNOSTICS, () -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(viewModel.diagnostics(explorer.connection().target().kind()));
                Clipboard.getSystemClipboard().setContent(content);
                viewModel.announce("Diagnostics copied: paste them into your bug report.");
            })
            .on(AppAction.RUN_QUERY, () -> {
                viewModel.dismissNotice();
                explorer.runQuery();
            })
            .disabledWhen(AppAction.RUN_QUERY, explorer.canRunProperty().not())
            .on(AppAction.CANCEL_QUERY, explorer::cancelQuery)
            .on(AppAction.SHOW_EXPLORER, () -> view.showTab(EXPLORER_TAB));
        if (context.budgets() != null) {
            actions.on(AppAction.SHOW_BUDGETS, () -> view.showTab(BUDGETS_TAB));
        } else {
            actions.disabledWhen(AppAction.SHOW_BUDGETS, new SimpleBooleanProperty(true));
        }
        if (context.history() != null) {
            actions.on(AppAction.SHOW_HISTORY, () -> view.showTab(HISTORY_TAB));
        } else {
            actions.disabledWhen(AppAction.SHOW_HISTORY, new SimpleBooleanProperty(true));
        }
        view = new MainWindowView(viewModel, actions);
        ExplorerView explorerView = new ExplorerView(explorer);
        view.setQueryPanel(explorerView.queryPanel());
        view.setResults(explorerView.results());
        bindStatusBar(explorer);
        view.setRecentViews(dialogs.recentViewsMenu());
        Runnable fillBudgetsTab = () -> { };
        if (context.budgets() != null) {
            BudgetsViewModel budgets = context.budgets().create(explorer.connection().gatewayProperty(),
                explorer.form().farmProperty(), query -> {
                    explorer.form().fill(query, RangePreset.CUSTOM);
                    view.showTab(EXPLORER_TAB);
                    explorer.runQuery();
                });
            // The tab's content comes after the first frame, with the charts: nothing of it shows before.
            Tab budgetsTab = view.addTab(BUDGETS_TAB, "Budgets", null);
            fillBudgetsTab = () -> budgetsTab.setContent(new BudgetsView(budgets).root());
        }
        if (context.history() != null) {
            showHistory(context.history().create());
        }
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(stylesheet("shell.css"));
        actions.installAccelerators(scene, AppAction.RUN_QUERY, AppAction.CANCEL_QUERY, AppAction.SHOW_EXPLORER,
            AppAction.SHOW_BUDGETS, AppAction.SHOW_HISTORY);
        stage.setScene(scene);
        stage.setTitle(viewModel.title());
        stage.getIcons().setAll(icons());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placeOnScreen(stage);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            rememberGeometry(stage);
            explorer.shutdown();
            context.taskRunner().cancelAll();
            stage.close();
        });
        stage.show();
        FirstPaintProbe.installIfRequested(scene);
        // After the first frame, so the window paints first: the charts and the Budgets tab (their styling and
        // layout), and connecting, which starts the demo studio (generating it takes a core for a second or more).
        Runnable budgetsContent = fillBudgetsTab;
        afterFirstFrame(scene, () -> {
            view.setCharts(explorerView.charts());
            budgetsContent.run();
            explorer.start();
            if (context.viewToOpen() != null) {
                export.openViewAtStartUp(context.viewToOpen());
            }
            context.taskRunner().submit(work -> SystemTheme.prefersDark(),
                TaskCallbacks.of(viewModel::systemThemeDetected, failure -> viewModel.systemThemeDetected(false)));
        });
    }

    /** Runs {@code work} on the FX thread once the scene's first pulse (its first frame) is done. */
    private static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The next pulse comes once this frame is rendered.
            RecomputeScheduler.nextPulse().schedule(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    // The History tab, the banner over a result opened from it, and "Refresh everything" in the status bar.
    private void showHistory(HistoryViewModel history) {
        history.setOnOpen(result -> {
            explorer.showResult(result.entry().query(), result.rows(), result.names(), "Done — "
                + result.rows().size() + " rows from the history, fetched " + history.age(result.entry().fetchedAt()));
            view.showTab(EXPLORER_TAB);
        });
        Tab tab = view.addTab(HISTORY_TAB, "History", new HistoryView(history).root());
        tab.selectedProperty().addListener((observable, before, selected) -> {
            if (selected) {
                history.reload();
            }
        });
        view.setExplorerBanner(new HistoryBanner(history, explorer::refresh, explorer::refreshEverything).node());
        QueryRunViewModel run = explorer.run();
        // A new run replaces the stored result on screen; a finished one is in the history by then.
        run.runningProperty().addListener((observable, before, running) -> {
            if (running) {
                history.forgetOpened();
            } else {
                history.reload();
            }
        });
        Button everything = new Button("Refresh everything");
        everything.setId("statusRefreshEverything");
        everything.setOnAction(event -> explorer.refreshEverything());
        everything.visibleProperty().bind(run.noteProperty().isNotEmpty().and(run.runningProperty().not()));
        everything.managedProperty().bind(everything.visibleProperty());
        view.statusBar().getRightItems().add(everything);
        // A damaged history moved aside, a read-only one, or a failed delete: one line in the status bar.
        if (!history.messageProperty().get().isEmpty()) {
            viewModel.announce(history.messageProperty().get());
        }
        history.messageProperty().addListener((observable, before, message) -> {
            if (!message.isEmpty()) {
                viewModel.announce(message);
            }
        });
        history.reload();
    }

    private static boolean confirm(Stage owner, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("A large query");
        alert.setTitle("Run a large query?");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText("Run it");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    // A notice (a damaged settings file, an export's outcome) wins over the query's status until dismissed.
    private void bindStatusBar(ExplorerViewModel explorer) {
        ObservableStringValue notice = viewModel.noticeProperty();
        view.statusBar().textProperty().bind(Bindings.createStringBinding(
            () -> notice.get().isEmpty() ? explorer.statusTextProperty().get() : notice.get(),
            notice, explorer.statusTextProperty()));
        QueryRunViewModel run = explorer.run();
        // Whichever way a run starts (Run, a drill-down follow-up, an opened view), its progress replaces the notice.
        run.runningProperty().addListener((observable, before, running) -> {
            if (running) {
                viewModel.dismissNotice();
            }
        });
        view.statusBar().progressProperty().bind(Bindings.when(run.runningProperty())
            .then(run.progressProperty()).otherwise(0.0));
    }

    private void openLogFolder() {
        if (context.logFolder() == null) {
            viewModel.announce("This window keeps no log folder.");
        } else if (showDocument == null) {
            viewModel.announce("The log files are in " + context.logFolder());
        } else {
            showDocument.accept(context.logFolder().toUri().toString());
            viewModel.announce("Opened the log folder " + context.logFolder());
        }
    }

    private void placeOnScreen(Stage stage) {
        WindowBounds bounds = viewModel.rememberedWindowBounds().orElse(null);
        if (bounds == null || !isVisibleOnAScreen(bounds)) {
            // A first start on a small screen fits the screen rather than hanging over its edges.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, screen.getWidth())));
            stage.setHeight(Math.max(MIN_HEIGHT, Math.min(DEFAULT_HEIGHT, screen.getHeight())));
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    // A monitor may have been unplugged since the last run: only restore a position that is still visible.
    private static boolean isVisibleOnAScreen(WindowBounds bounds) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), 40);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }

    private void rememberGeometry(Stage stage) {
        if (stage.isFullScreen() || Double.isNaN(stage.getWidth()) || stage.getWidth() <= 0) {
            return;
        }
        viewModel.windowClosing(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
            stage.isMaximized()));
    }

    private static List<Image> icons() {
        return ICON_SIZES.stream()
            .map(size -> MainWindow.class.getResource("/com/deadlinecost/icons/icon-" + size + ".png"))
            .filter(Objects::nonNull)
            .map(url -> new Image(url.toExternalForm()))
            .toList();
    }

    static String stylesheet(String name) {
        return Objects.requireNonNull(MainWindow.class.getResource(name), name).toExternalForm();
    }
}
