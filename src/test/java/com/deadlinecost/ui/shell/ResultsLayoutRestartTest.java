package com.deadlinecost.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** How the results are shown survives a restart: a new window on the same settings folder. */
@ExtendWith(ApplicationExtension.class)
class ResultsLayoutRestartTest {
    private final Path home;
    private Stage stage;
    private MainWindow window;

    ResultsLayoutRestartTest() throws IOException {
        home = Files.createTempDirectory("dce-restart");
    }

    @Start
    void start(Stage first) {
        this.stage = first;
        open(first);
    }

    private void open(Stage window) {
        SettingsStore store = new SettingsStore(home.resolve("config"), Clock.systemUTC());
        InlineTaskRunner runner = InlineTaskRunner.immediate();
        this.window = new MainWindow(new ShellContext(store, store.load(), runner, AboutInfo.load(),
            ExplorerAssembly.forWindow(TestExplorers.demo(), runner)));
        this.window.show(window);
    }

    /** Runs the query once the window has connected (after its first frame), as a user clicks Run. */
    private void run(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.explorer().canRunProperty().get());
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTablesSortHiddenColumnsAndWidthsAndTheChartsTypeMeasureAndTopNAreKeptAfterARestart(FxRobot robot)
            throws TimeoutException {
        run(robot);
        TableView<GroupTable.Line> groups = robot.lookup("#groupedTable").queryAs(TableView.class);
        robot.clickOn(robot.from(groups).lookup("#groupRuntime").queryAs(Node.class));
        robot.interact(() -> {
            column(groups, "groupShare").setVisible(false);
            // What dragging the edge of the Cost column's header does.
            groups.resizeColumn(column(groups, "groupCost"), 37);
            chartType(robot).setValue(ChartKind.LINES);
            measure(robot).setValue(Measure.RUNTIME_SUM);
            topN(robot).getValueFactory().setValue(3);
        });
        double costWidth = column(groups, "groupCost").getWidth();

        robot.interact(() -> {
            stage.close();
            stage = new Stage();
            open(stage);
        });
        run(robot);

        TableView<GroupTable.Line> restarted = robot.lookup("#groupedTable").queryAs(TableView.class);
        assertThat(restarted).isNotSameAs(groups);
        assertThat(restarted.getSortOrder()).extracting(TableColumn::getId).containsExactly("groupRuntime");
        assertThat(restarted.getItems()).extracting(GroupTable.Line::runtime)
            .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(column(restarted, "groupShare").isVisible()).isFalse();
        assertThat(column(restarted, "groupCost").getWidth()).isEqualTo(costWidth);
        assertThat(chartType(robot).getValue()).isEqualTo(ChartKind.LINES);
        assertThat(measure(robot).getValue()).isEqualTo(Measure.RUNTIME_SUM);
        assertThat(topN(robot).getValue()).isEqualTo(3);
        // The table's trend follows the chart's measure.
        assertThat(column(restarted, "groupSparkline").getText()).isEqualTo("Runtime trend");
    }

    private static TableColumn<GroupTable.Line, ?> column(TableView<GroupTable.Line> table, String id) {
        return table.getColumns().stream().filter(column -> id.equals(column.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ChartKind> chartType(FxRobot robot) {
        return robot.lookup("#chartType").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Measure> measure(FxRobot robot) {
        return robot.lookup("#chartMeasure").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> topN(FxRobot robot) {
        return robot.lookup("#chartTopN").queryAs(Spinner.class);
    }
}
