package com.deadlinecost.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.present.chart.ChartLayout;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.FxTaskRunner;
import com.deadlinecost.ui.results.chart.ChartProbe;
import com.deadlinecost.ui.shell.MainWindow;
import com.deadlinecost.ui.shell.ShellContext;
import com.deadlinecost.ui.shell.TestExplorers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two years of hourly cost in the real window, headless: the query that once froze it. Cancel answers at
 * once, the run completes, and the chart (one canvas) hovers, drills and zooms.
 */
@ExtendWith(ApplicationExtension.class)
class LargeQueryTest {
    @TempDir
    Path configFolder;

    private final FxTaskRunner taskRunner = new FxTaskRunner(2);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        SettingsStore store = new SettingsStore(configFolder, Clock.systemUTC());
        window = new MainWindow(new ShellContext(store, store.load(), taskRunner, AboutInfo.load(),
            ExplorerAssembly.forWindow(TestExplorers.demo(), taskRunner)));
        window.show(stage);
    }

    @AfterEach
    void stopWork() {
        taskRunner.shutdown();
    }

    @Test
    void twoYearsHourlyCancelsRunsHoversDrillsAndZooms(FxRobot robot) throws Exception {
        ExplorerViewModel explorer = window.explorer();
        await(30, () -> explorer.form().farmProperty().get() != null
            && !explorer.form().availableResources().isEmpty());
        robot.interact(() -> LargeQueries.twoYearsHourlyByQueue(explorer,
            LocalDateTime.ofInstant(TestExplorers.NOW, ZoneOffset.UTC).withMinute(0)));
        await(10, () -> explorer.canRunProperty().get());

        robot.clickOn("#runButton");
        await(30, () -> explorer.run().runningProperty().get());
        robot.clickOn("#cancelButton");
        await(1, () -> !explorer.run().runningProperty().get());

        robot.clickOn("#runButton");
        await(120, () -> explorer.run().phaseProperty().get().startsWith("Done"));
        // The investigation that follows a run lengthens the time axis to the month's end (the projection): the
        // chart is read once it has finished.
        await(120, () -> !explorer.insight().runningProperty().get());
        TableView<?> table = robot.lookup("#resultsTable").queryTableView();
        int all = table.getItems().size();
        assertThat(all).isPositive();
        await(10, () -> ChartProbe.layout(robot) != null && !ChartProbe.layout(robot).model().isEmpty());
        ChartLayout whole = ChartProbe.layout(robot);
        // 17,520 hours are more than the plot's columns: the chart shows coarser buckets and says so.
        assertThat(whole.model().period()).isNotEqualTo(Period.HOURLY);
        assertThat(whole.model().foldNote()).contains("drag across the axis to see hours");
        int busy = busiestBucket(whole);

        ChartProbe.hoverSeries(robot, 0, busy);
        await(5, () -> robot.lookup("#chartTooltip").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#chartTooltip").queryAs(Label.class).getText()).contains("$");

        ChartProbe.dragAcross(robot, Math.max(0, busy - 1), Math.min(whole.model().buckets().size() - 1, busy + 1));
        await(10, () -> explorer.chart().zoomRangeProperty().get() != null);
        // Three weeks hold fewer hours than the plot has columns: the zoomed chart shows hours again.
        await(10, () -> ChartProbe.layout(robot).model().period() == Period.HOURLY);
        assertThat(robot.lookup("#chartZoomOut").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#chartZoomOut");
        await(10, () -> ChartProbe.layout(robot).model().buckets().size() == whole.model().buckets().size());
        await(10, () -> ChartProbe.drawn(robot, 0, busy));
        ChartProbe.clickSeries(robot, 0, busy);
        await(10, () -> robot.lookup("#breadcrumbLevel1").tryQuery().isPresent());
        assertThat(table.getItems().size()).isLessThan(all);
    }

    /** The bucket where the largest series is drawn tallest. */
    private static int busiestBucket(ChartLayout layout) {
        double[] values = layout.model().series().get(0).values();
        int busiest = 0;
        for (int index = 1; index < values.length; index++) {
            if (values[index] > values[busiest]) {
                busiest = index;
            }
        }
        return busiest;
    }

    private static void await(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
