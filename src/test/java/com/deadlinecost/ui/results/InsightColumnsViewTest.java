package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.ChangeDecomposition;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.insight.GroupInsights;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.explorer.ResultsView;
import com.deadlinecost.ui.results.chart.ResultsChartViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The grouped table's comparison and anomaly columns in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class InsightColumnsViewTest {
    private static final GroupKey LIGHT_ANA = GroupKey.of(GroupField.QUEUE_ID, "q-light", GroupField.USER_ID,
        "u-ana");
    private RowStore source;
    private final SimpleObjectProperty<StatisticsQuery> query = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DisplayNames> names = new SimpleObjectProperty<>(ResultRows.names());
    private final List<GroupKey> opened = new ArrayList<>();
    private ResultsViewModel results;

    @Start
    void start(Stage stage) {
        source = new RowStore(RecomputeScheduler.nextPulse());
        results = new ResultsViewModel(source, query, names, RecomputeScheduler.nextPulse(), text -> { });
        ResultsView view = new ResultsView(results, new ResultsChartViewModel(results.shownRows(), query,
            results.drillDown(), RecomputeScheduler.nextPulse(), InlineTaskRunner.immediate()));
        results.insight().onOpenAnomaliesProperty().set(opened::add);
        stage.setScene(new Scene(new StackPane(view.tableNode()), 1400, 600));
        stage.show();
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("Condition not met within 5 s", timedOut);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showsText(FxRobot robot, String text) {
        Predicate<Node> shows = node -> node instanceof Labeled
            && text.equals(((Labeled) node).getText()) && node.isVisible();
        return robot.lookup("#groupedTable").lookup(shows).tryQuery().isPresent();
    }

    @Test
    void eachGroupShowsItsEarlierCostAndChangeNewAndGoneGroupsAreMarkedAndAnomaliesOpenOnClick(FxRobot robot) {
        List<CostRow> earlier = List.of(ResultRows.row("q-light", "u-ana", 0, 5, 8, 3600),
            ResultRows.row("q-comp", "u-cy", 0, 1, 20, 600));
        Anomaly spike = new Anomaly(Anomaly.Kind.SPEND_SPIKE, LIGHT_ANA, ResultRows.MONDAY,
            ResultRows.MONDAY.plusSeconds(86_400), 50, 10, 30, "", List.of());
        robot.interact(() -> {
            query.set(ResultRows.queueUserQuery());
            source.load(ResultRows.sample());
        });
        await(() -> results.summaryProperty().get().rowCount() == 4);

        robot.interact(() -> results.insight().groupsProperty().set(new GroupInsights(CompareWith.PREVIOUS_PERIOD,
            null, ChangeDecomposition.of(earlier, ResultRows.sample(), List.of(GroupField.QUEUE_ID,
                GroupField.USER_ID)), List.of(spike))));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#groupedTable").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(column -> column.getId()).contains("groupEarlier", "groupChange",
            "groupChangePercent", "groupAnomalies");
        assertThat(table.getItems()).as("three groups now, one gone").hasSize(4);
        assertThat(showsText(robot, "$40.00")).as("Lighting/Ana earlier: 5 x $8").isTrue();
        assertThat(showsText(robot, "+$10.00")).as("Lighting/Ana: $50 now").isTrue();
        assertThat(showsText(robot, "+25.0 %")).isTrue();
        assertThat(showsText(robot, "new")).as("Lighting/Ben spent only now").isTrue();
        assertThat(showsText(robot, "gone")).as("Compositing/u-cy spent only before").isTrue();
        Hyperlink anomalies = robot.lookup(".anomaly-link").queryAs(Hyperlink.class);
        assertThat(anomalies.getText()).isEqualTo("1 \u00b7 +$40.00");

        robot.clickOn(anomalies);

        assertThat(opened).containsExactly(LIGHT_ANA);
    }
}
