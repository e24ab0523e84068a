package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.explorer.ResultsView;
import com.deadlinecost.ui.results.chart.ChartProbe;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {

    private RowStore source;
    private final SimpleObjectProperty<StatisticsQuery> query = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DisplayNames> names = new SimpleObjectProperty<>(ResultRows.names());
    private final List<String> clipboard = new ArrayList<>();
    private ResultsViewModel results;

    @Start
    void start(Stage stage) {
        source = new RowStore(RecomputeScheduler.nextPulse());
        results = new ResultsViewModel(source, query, names, RecomputeScheduler.nextPulse(), clipboard::add);
        ResultsView view = new ResultsView(results, new ResultsChartViewModel(results.shownRows(), query,
            results.drillDown(), RecomputeScheduler.nextPulse(), InlineTaskRunner.immediate()));
        SplitPane split = new SplitPane(view.chartNode(), view.tableNode());
        split.setOrientation(Orientation.VERTICAL);
        Scene scene = new Scene(split, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/com/deadlinecost/ui/shell/shell.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void showSample(FxRobot robot) {
        robot.interact(() -> {
            query.set(ResultRows.queueUserQuery());
            source.load(ResultRows.sample());
        });
        await(() -> results.summaryProperty().get().rowCount() == 4);
        // These tests are about the service's rows: one switch away from the groups the table opens on.
        robot.clickOn("#showRows");
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("Condition not met within 5 s", timedOut);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<CostRow> table(FxRobot robot) {
        return robot.lookup("#resultsTable").queryTableView();
    }

    @Test
    void saysWhatToDoBeforeTheFirstQuery(FxRobot robot) {
        assertThat(robot.lookup("#resultsEmpty").queryAs(Label.class).getText()).startsWith("Run a query");
    }

    @Test
    void sortsByACostColumnLargestFirstWhenItsHeaderIsClicked(FxRobot robot) {
        showSample(robot);
        Node costSum = robot.lookup(".column-header").match(node -> node instanceof TableColumnHeader
            && ((TableColumnHeader) node).getTableColumn() != null
            && "costColumn-SUM".equals(((TableColumnHeader) node).getTableColumn().getId())).queryAs(Node.class);

        robot.clickOn(costSum);
        assertThat(table(robot).getItems()).extracting(CostRow::costTotal).containsExactly(50.0, 20.0, 6.0, 4.0);
        robot.clickOn(costSum);
        assertThat(table(robot).getItems()).extracting(CostRow::costTotal).containsExactly(4.0, 6.0, 20.0, 50.0);
    }

    @Test
    void quickSearchFiltersTableAndSummary(FxRobot robot) {
        showSample(robot);

        robot.clickOn("#resultsSearch").write("okafor");

        await(() -> results.summaryProperty().get().rowCount() == 1);
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(robot.lookup("#summaryCost").queryAs(Label.class).getText()).isEqualTo("$20.00");
    }

    @Test
    void switchesTheChartType(FxRobot robot) {
        showSample(robot);
        await(() -> ChartProbe.layout(robot) != null
            && ChartProbe.layout(robot).model().kind() == ChartKind.RANKED_BARS);

        robot.clickOn("#chartType").clickOn(ChartKind.SHARE.label());

        await(() -> ChartProbe.layout(robot).model().kind() == ChartKind.SHARE);
        assertThat(ChartProbe.layout(robot).model().series()).hasSize(2);
        assertThat(ChartProbe.layout(robot).pointOf(0, 0)).isPresent();
    }

    @Test
    void clickingABarDrillsInAndTheBreadcrumbStepsBack(FxRobot robot) {
        showSample(robot);

        await(() -> ChartProbe.drawn(robot, 0, 0));
        ChartProbe.clickSeries(robot, 0, 0);

        await(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).allMatch(row -> row.value(GroupField.QUEUE_ID).orElseThrow()
            .equals("q-light"));
        assertThat(robot.lookup("#breadcrumbLevel1").queryAs(Label.class).getText()).isEqualTo("Queue: Lighting");

        robot.clickOn("#breadcrumbLevel0");

        await(() -> table(robot).getItems().size() == 4);
        assertThat(robot.lookup("#breadcrumbLevel1").tryQuery()).isEmpty();
    }

    @Test
    void selectionSurvivesALargeBatch(FxRobot robot) {
        showSample(robot);
        List<CostRow> many = new ArrayList<>();
        for (int day = 0; day < 2500; day++) {
            many.add(ResultRows.row("q-fx", "u-ben", day, 1, 1, 60));
        }
        robot.interact(() -> source.add(many.subList(0, 1500)));
        await(() -> table(robot).getItems().size() == 1504);
        CostRow chosen = many.get(7);
        robot.interact(() -> table(robot).getSelectionModel().select(chosen));

        robot.interact(() -> source.add(many.subList(1500, 2500)));

        await(() -> table(robot).getItems().size() == 2504);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactly(chosen);
    }

    @Test
    void selectionSurvivesNewPagesAndCopiesAsTsv(FxRobot robot) {
        showSample(robot);
        CostRow first = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().select(first));

        robot.interact(() -> source.add(List.of(ResultRows.row("q-comp", "u-ben", 0, 1, 1, 60))));
        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactly(first);

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0).split("\n")).hasSize(2);
    }
}
