package com.deadlinecost.ui.shell;

import com.deadlinecost.service.settings.ThemeChoice;
import com.deadlinecost.ui.common.Actions;
import com.deadlinecost.ui.common.AppAction;
import com.deadlinecost.ui.explorer.ExplorerView;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

/**
 * The main window's layout: the menu bar, the query panel on the left, charts above the results table on
 * the right, and the status bar. Features put their own views into the regions.
 */
public final class MainWindowView {
    /** Set on the root while dark colours are on; the stylesheets switch their colour variables on it. */
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final double QUERY_MIN_WIDTH = 290;
    private static final double CHART_MIN_HEIGHT = 180;
    private static final double RESULTS_MIN_HEIGHT = 260;

    private final BorderPane root = new BorderPane();
    private final StackPane queryRegion = region("queryPanel", "Query");
    private final StackPane chartRegion = region("chartArea", "Charts appear here when a query has run.");
    private final StackPane resultsRegion = region("resultsArea", "Results appear here when a query has run.");
    private final StatusBar statusBar = new StatusBar();
    private final TabPane tabs = new TabPane();
    private final BorderPane explorerContent = new BorderPane();

    public MainWindowView(MainWindowViewModel viewModel, Actions actions) {
        root.setId("mainWindow");
        root.setTop(menuBar(actions, viewModel));
        root.pseudoClassStateChanged(DARK, viewModel.darkProperty().get());
        viewModel.darkProperty().addListener((observable, before, after) -> root.pseudoClassStateChanged(DARK, after));
        SplitPane results = new SplitPane(chartRegion, resultsRegion);
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.45);
        SplitPane main = new SplitPane(queryRegion, results);
        main.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(queryRegion, false);
        // Below these the form's labels collapse to "..." and the table has no room for a row.
        queryRegion.setMinWidth(QUERY_MIN_WIDTH);
        chartRegion.setMinHeight(CHART_MIN_HEIGHT);
        resultsRegion.setMinHeight(RESULTS_MIN_HEIGHT);
        explorerContent.setCenter(main);
        Tab explorer = new Tab("Explorer", explorerContent);
        explorer.setId("explorerTab");
        explorer.setClosable(false);
        tabs.setId("mainTabs");
        tabs.getTabs().add(explorer);
        root.setCenter(tabs);
        statusBar.setId("statusBar");
        statusBar.textProperty().bind(viewModel.statusTextProperty());
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    /** Puts File > Recent views under Open view. */
    public void setRecentViews(Menu recent) {
        Menu file = ((MenuBar) root.getTop()).getMenus().get(0);
        file.getItems().add(1, recent);
    }

    /** Adds a feature's tab beside the explorer, e.g. Budgets. */
    public Tab addTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Brings the tab with this id to the front, if there is one. */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
            .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Puts a line over the explorer's regions, e.g. the banner of a result shown from the history. */
    public void setExplorerBanner(Node banner) {
        explorerContent.setTop(banner);
    }

    public void setQueryPanel(Node content) {
        queryRegion.getChildren().setAll(content);
    }

    public void setCharts(Node content) {
        chartRegion.getChildren().setAll(content);
    }

    public void setResults(Node content) {
        resultsRegion.getChildren().setAll(content);
    }

    private static MenuBar menuBar(Actions actions, MainWindowViewModel viewModel) {
        Menu export = new Menu("Export");
        export.setId("exportMenu");
        export.getItems().addAll(
            actions.menuItem(AppAction.EXPORT_CHART, "exportChartItem"),
            actions.menuItem(AppAction.EXPORT_DATA, "exportDataItem"),
            actions.menuItem(AppAction.COPY_CHART, "copyChartItem"));
        Menu file = new Menu("File");
        file.setId("fileMenu");
        file.getItems().addAll(
            actions.menuItem(AppAction.OPEN_VIEW, "openViewItem"),
            actions.menuItem(AppAction.SAVE_VIEW, "saveViewItem"),
            new SeparatorMenuItem(),
            export,
            new SeparatorMenuItem(),
            actions.menuItem(AppAction.QUIT, "quitItem"));
        Menu view = new Menu("View");
        view.setId("viewMenu");
        view.getItems().addAll(actions.menuItem(AppAction.SHOW_EXPLORER, "showExplorerItem"),
            actions.menuItem(AppAction.SHOW_BUDGETS, "showBudgetsItem"),
            actions.menuItem(AppAction.SHOW_HISTORY, "showHistoryItem"), new SeparatorMenuItem(),
            themeMenu(viewModel), actions.menuItem(AppAction.FULL_SCREEN, "fullScreenItem"));
        Menu help = new Menu("Help");
        help.setId("helpMenu");
        help.getItems().addAll(
            actions.menuItem(AppAction.USER_GUIDE, "userGuideItem"),
            actions.menuItem(AppAction.KEYBOARD_SHORTCUTS, "shortcutsItem"),
            new SeparatorMenuItem(),
            actions.menuItem(AppAction.OPEN_LOG_FOLDER, "openLogFolderItem"),
            actions.menuItem(AppAction.COPY_DIAGNOSTICS, "copyDiagnosticsItem"),
            new SeparatorMenuItem(),
            actions.menuItem(AppAction.ABOUT, "aboutItem"));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu themeMenu(MainWindowViewModel viewModel) {
        Menu menu = new Menu("Theme");
        menu.setId("themeMenu");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("theme" + choice.name());
            item.setToggleGroup(group);
            item.setSelected(viewModel.themeProperty().get() == choice);
            item.setOnAction(event -> viewModel.themeProperty().set(choice));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static StackPane region(String id, String placeholderText) {
        Label placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add(ExplorerView.STYLE_PLACEHOLDER);
        placeholder.setWrapText(true);
        StackPane region = new StackPane(placeholder);
        region.setId(id);
        region.setMinWidth(0);
        return region;
    }
}
