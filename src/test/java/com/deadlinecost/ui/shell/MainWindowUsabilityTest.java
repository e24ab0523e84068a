package com.deadlinecost.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.service.views.QueryForms;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.service.views.ViewConnection;
import com.deadlinecost.service.views.ViewFiles;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user ran into in the window: each test failed before its fix. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUsabilityTest {
    private final Path home;
    private final Path view;
    private Stage stage;
    private MainWindow window;

    MainWindowUsabilityTest(TestInfo test) throws IOException {
        home = Files.createTempDirectory("dce-usability");
        view = test.getTags().contains("open-view") ? savedDemoView(home.resolve("tidewater.dcxview")) : null;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SettingsStore store = new SettingsStore(home.resolve("config"), Clock.systemUTC());
        InlineTaskRunner runner = InlineTaskRunner.immediate();
        ShellContext context = new ShellContext(store, store.load(), runner, AboutInfo.load(),
            ExplorerAssembly.forWindow(TestExplorers.demo(), runner));
        window = new MainWindow(view == null ? context : context.withViewToOpen(view));
        window.show(stage);
    }

    /** The window connects after its first frame; a user clicks Run once it is enabled. */
    @BeforeEach
    void connected() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.explorer().canRunProperty().get());
    }

    @Test
    @Tag("open-view")
    void afterOpeningAViewTheStatusBarFollowsEveryLaterRun(FxRobot robot) {
        assertThat(status(robot)).startsWith("Opened view 'tidewater'");

        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Done in");
    }

    @Test
    void switchingToFleetsShowsEverySelectedFleetChecked(FxRobot robot) {
        robot.clickOn("#fleetsToggle");
        WaitForAsyncUtils.waitForFxEvents();

        List<CheckBox> boxes = robot.lookup("#resourceList .check-box").queryAllAs(CheckBox.class).stream()
            .filter(box -> box.isVisible() && box.getParent() != null).collect(Collectors.toList());
        assertThat(robot.lookup("#resourceCount").queryLabeled().getText()).startsWith("12 of 12 selected");
        assertThat(boxes).isNotEmpty().allSatisfy(box -> assertThat(box.isSelected()).isTrue());
    }

    @Test
    void theFormWritesDatesAsTheTableDoes(FxRobot robot) {
        robot.clickOn("#presetChoice").clickOn(RangePreset.CUSTOM.label());
        WaitForAsyncUtils.waitForFxEvents();

        DatePicker from = robot.lookup("#rangeStartDate").queryAs(DatePicker.class);
        assertThat(from.getEditor().getText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void inDarkColoursPlaceholdersAreReadableAndTheChosenKindStandsOut(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        javafx.scene.control.Menu theme = (javafx.scene.control.Menu) bar.getMenus().get(1).getItems().stream()
            .filter(item -> item instanceof javafx.scene.control.Menu).findFirst().orElseThrow();
        robot.interact(() -> theme.getItems().stream().filter(item -> "themeDARK".equals(item.getId())).findFirst()
            .orElseThrow().fire());

        TextField search = robot.lookup("#resourceSearch").queryAs(TextField.class);
        Text prompt = robot.from(search).lookup((Node node) -> node instanceof Text
            && search.getPromptText().equals(((Text) node).getText())).queryAs(Text.class);
        Color field = background(search);
        assertThat(contrast(colour(prompt.getFill()), field)).as("placeholder on its field").isGreaterThan(3.0);
        Color chosen = background(robot.lookup("#queuesToggle").queryAs(ToggleButton.class));
        Color other = background(robot.lookup("#fleetsToggle").queryAs(ToggleButton.class));
        assertThat(contrast(chosen, other)).as("chosen kind against the other").isGreaterThan(2.0);
    }

    @Test
    void atTheMinimumSizeNoControlLosesItsTextAndTheTableShowsRows(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(MainWindow.MIN_WIDTH);
            stage.setHeight(MainWindow.MIN_HEIGHT);
        });
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = robot.lookup("#queryPanel .labeled, #resultsTablePart .labeled, #resultsChartPart .button,"
            + " #resultsChartPart .label").queryAllAs(Labeled.class).stream()
            .filter(labeled -> labeled.isVisible() && labeled.getText() != null && !labeled.getText().isEmpty())
            .filter(labeled -> labeled.lookup(".text") instanceof Text
                && !((Text) labeled.lookup(".text")).getText().equals(labeled.getText()))
            .filter(labeled -> !(labeled.getParent() instanceof javafx.scene.control.TableCell))
            .map(Labeled::getText).collect(Collectors.toList());
        assertThat(cut).as("controls whose text was cut").isEmpty();
        TableView<?> table = robot.lookup("#groupedTable").queryAs(TableView.class);
        long rowsShown = robot.from(table).lookup(".table-row-cell").queryAll().stream()
            .filter(row -> row.isVisible() && row.getLayoutBounds().getHeight() > 0
                && row.localToScene(row.getLayoutBounds()).getMaxY() < table.localToScene(table.getLayoutBounds())
                    .getMaxY()).count();
        assertThat(rowsShown).as("table rows in view").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theTableShowsOneLinePerGroupLargestCostFirstWithMoneyInFullAndRowsOneSwitchAway(FxRobot robot) {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<GroupTable.Line> groups = robot.lookup("#groupedTable").queryAs(TableView.class);
        assertThat(groups.isVisible()).isTrue();
        List<GroupTable.Line> lines = List.copyOf(groups.getItems());
        assertThat(lines).hasSize(lines.stream().map(GroupTable.Line::key).distinct().toList().size()).isNotEmpty();
        assertThat(lines).extracting(GroupTable.Line::cost).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        TableView<?> rows = robot.lookup("#resultsTable").queryAs(TableView.class);
        double rowsCost = rows.getItems().stream().mapToDouble(row -> ((CostRow) row).costTotal()).sum();
        assertThat(lines.stream().mapToDouble(GroupTable.Line::cost).sum()).isCloseTo(rowsCost,
            org.assertj.core.data.Offset.offset(1e-6));
        List<String> cut = robot.from(groups).lookup(".table-cell").queryAllAs(Labeled.class).stream()
            .filter(cell -> cell.getText() != null && cell.getText().startsWith("$"))
            .filter(cell -> cell.lookup(".text") instanceof Text
                && !((Text) cell.lookup(".text")).getText().equals(cell.getText()))
            .map(Labeled::getText).collect(Collectors.toList());
        assertThat(cut).as("money cut short").isEmpty();

        robot.clickOn("#showRows");
        assertThat(rows.isVisible()).isTrue();
        assertThat(groups.isVisible()).isFalse();
    }

    @Test
    void theGroupedTablesColumnsAreAsWideAsTheirContentNoWiderNoNarrower(FxRobot robot) {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<GroupTable.Line> groups = robot.lookup("#groupedTable").queryAs(TableView.class);

        for (String id : List.of("groupName-QUEUE_ID", "groupCost", "groupShare", "groupRuntime", "groupSessions")) {
            javafx.scene.control.TableColumn<GroupTable.Line, ?> column = groups.getColumns().stream()
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
            double widest = robot.from(groups).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> ((javafx.scene.control.TableCell<?, ?>) cell).getTableColumn() == column
                    && cell.getText() != null && cell.lookup(".text") instanceof Text)
                .peek(cell -> assertThat(((Text) cell.lookup(".text")).getText()).as(id).isEqualTo(cell.getText()))
                .mapToDouble(cell -> cell.lookup(".text").getLayoutBounds().getWidth()).max().orElseThrow();
            assertThat(column.getWidth()).as(id).isBetween(widest, Math.max(widest, 70) + 40);
        }
    }

    @Test
    void aNumericColumnSortsLargestFirstOnItsFirstClick(FxRobot robot) {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<GroupTable.Line> groups = robot.lookup("#groupedTable").queryAs(TableView.class);

        robot.clickOn(robot.from(groups).lookup("#groupRuntime").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(groups.getItems()).extracting(GroupTable.Line::runtime)
            .isSortedAccordingTo((a, b) -> Double.compare(b, a));

        // The sort is kept for the next run, as are hidden columns.
        robot.interact(() -> groups.getColumns().stream().filter(column -> "groupShare".equals(column.getId()))
            .findFirst().orElseThrow().setVisible(false));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(groups.getSortOrder()).extracting(column -> column.getId()).containsExactly("groupRuntime");
        assertThat(groups.getColumns().stream().filter(column -> "groupShare".equals(column.getId()))
            .findFirst().orElseThrow().isVisible()).isFalse();
        assertThat(groups.getItems()).extracting(GroupTable.Line::runtime)
            .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void helpOffersTheGuideShortcutsLogFolderAndDiagnostics(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> help = bar.getMenus().get(2).getItems().stream().map(MenuItem::getText)
            .filter(text -> text != null).collect(Collectors.toList());
        assertThat(help).containsExactly("User guide", "Keyboard shortcuts", "Open log folder", "Copy diagnostics",
            "About Deadline Cost Explorer");

        robot.clickOn("#helpMenu").clickOn("#userGuideItem");
        String guide = robot.lookup("#userGuideText").queryTextInputControl().getText();
        assertThat(guide).contains("USING THE EXPLORER").contains("Queues").contains("REPORTS AND EXPORT");
        robot.clickOn("Close");
        robot.clickOn("#helpMenu").clickOn("#shortcutsItem");
        assertThat(robot.lookup("#shortcutsTable").queryTableView().getItems()).hasSizeGreaterThan(8);
        robot.clickOn("Close");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
    }

    private static Color background(Region region) {
        List<javafx.scene.layout.BackgroundFill> fills = region.getBackground().getFills();
        return colour(fills.get(fills.size() - 1).getFill());
    }

    // Modena paints buttons with gradients: their mean colour is what the eye compares.
    private static Color colour(javafx.scene.paint.Paint paint) {
        if (paint instanceof Color) {
            return (Color) paint;
        }
        List<javafx.scene.paint.Stop> stops = ((javafx.scene.paint.LinearGradient) paint).getStops();
        double red = stops.stream().mapToDouble(stop -> stop.getColor().getRed()).average().orElse(0);
        double green = stops.stream().mapToDouble(stop -> stop.getColor().getGreen()).average().orElse(0);
        double blue = stops.stream().mapToDouble(stop -> stop.getColor().getBlue()).average().orElse(0);
        return Color.color(red, green, blue);
    }

    private static double contrast(Color one, Color two) {
        double lighter = Math.max(luminance(one), luminance(two));
        double darker = Math.min(luminance(one), luminance(two));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
            + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    // A view of the demo studio's Tidewater farm, all its queues, last 7 days by queue, as File > Save view writes it.
    private static Path savedDemoView(Path file) {
        try (DeadlineGateway gateway = TestExplorers.demo().gateways().open(ConnectionTarget.demo())) {
            NamedResource farm = gateway.farms().stream()
                .filter(candidate -> candidate.displayName().equals("Tidewater Episodic")).findFirst().orElseThrow();
            List<String> queues = gateway.queues(farm.id()).stream().map(NamedResource::id)
                .collect(Collectors.toList());
            StatisticsQuery query = new StatisticsQuery(farm.id(), new ResourceSelection(ResourceKind.QUEUE, queues),
                RangePreset.LAST_7_DAYS.resolve(Clock.fixed(TestExplorers.NOW, java.time.ZoneOffset.UTC),
                    UtcOffset.UTC), UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID), Set.of(Statistic.SUM));
            ViewFiles.save(file, ViewFiles.newView("tidewater", ViewConnection.of(ConnectionTarget.demo()),
                QueryForms.save(query, RangePreset.LAST_7_DAYS), ViewSettings.defaults(), Instant.now()));
            return file;
        } catch (com.deadlinecost.service.export.ExportException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
