package com.deadlinecost.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.FxTaskRunner;
import com.deadlinecost.ui.results.chart.ChartProbe;
import com.deadlinecost.ui.shell.MainWindow;
import com.deadlinecost.ui.shell.ShellContext;
import com.deadlinecost.ui.shell.TestExplorers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer end to end, headless: the real demo studio over HTTP, the real task runner. */
@ExtendWith(ApplicationExtension.class)
class ExplorerTest {
    @TempDir
    Path configFolder;

    private final FxTaskRunner taskRunner = new FxTaskRunner(2);
    private boolean slow;

    ExplorerTest(TestInfo test) {
        slow = test.getTags().contains("slow-studio");
    }

    @Start
    void start(Stage stage) {
        SettingsStore store = new SettingsStore(configFolder, Clock.systemUTC());
        ExplorerContext explorer = slow ? TestExplorers.slowDemo() : TestExplorers.demo();
        new MainWindow(new ShellContext(store, store.load(), taskRunner, AboutInfo.load(),
            ExplorerAssembly.forWindow(explorer, taskRunner))).show(stage);
    }

    @AfterEach
    void stopWork() {
        taskRunner.shutdown();
    }

    @Test
    void aDemoQueryRunsEndToEndThenDrillsIntoAGroupAndBack(FxRobot robot) throws TimeoutException {
        await(() -> status(robot).contains("3 farms"));
        robot.clickOn("#farmChoice").clickOn("Tidewater Episodic");
        await(() -> label(robot, "#resourceCount").startsWith("5 of 5"));

        robot.clickOn("#runButton");

        await(() -> status(robot).startsWith("Done"));
        TableView<CostRow> table = robot.lookup("#resultsTable").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(label(robot, "#summaryCost")).startsWith("$");
        int all = table.getItems().size();

        // A queue of a query by queue alone is queried again by user, with the way back in the breadcrumb.
        await(() -> ChartProbe.drawn(robot, 0, 0));
        ChartProbe.clickSeries(robot, 0, 0);
        await(() -> robot.lookup("#breadcrumbLevel1").tryQuery().isPresent() && status(robot).startsWith("Done"));
        assertThat(robot.lookup("#nameColumn-USER_ID").tryQuery()).isPresent();
        assertThat(robot.lookup("#breadcrumbLevel0").queryLabeled().getText()).isEqualTo("All results by queue");
        robot.clickOn("#breadcrumbLevel0");
        await(() -> robot.lookup("#breadcrumbLevel1").tryQuery().isEmpty() && status(robot).startsWith("Done")
            && table.getItems().size() == all);

        robot.clickOn("#chartType").clickOn("Lines over time");
        await(() -> ChartProbe.layout(robot).model().kind() == ChartKind.LINES);
    }

    @Test
    @Tag("slow-studio")
    void cancelStopsAQueryThatIsStillAggregating(FxRobot robot) throws TimeoutException {
        await(() -> status(robot).contains("3 farms"));
        robot.clickOn("#farmChoice").clickOn("Tidewater Episodic");
        await(() -> label(robot, "#resourceCount").startsWith("5 of 5"));
        robot.clickOn("#runButton");
        await(() -> status(robot).startsWith("Aggregating"));

        robot.clickOn("#cancelButton");

        await(() -> status(robot).startsWith("Cancelled"));
        assertThat(robot.lookup("#runButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return String.valueOf(robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private static String label(FxRobot robot, String id) {
        return String.valueOf(robot.lookup(id).queryAs(Label.class).getText());
    }
}
