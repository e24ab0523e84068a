package com.deadlinecost.ui.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.app.gui.BudgetsAssembly;
import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.app.wiring.DeadlineGateways;
import com.deadlinecost.service.export.BudgetLine;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.explorer.ExplorerContext;
import com.deadlinecost.ui.shell.MainWindow;
import com.deadlinecost.ui.shell.ShellContext;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Budgets tab in the real main window, headless, on the demo studio's story budgets. */
@ExtendWith(ApplicationExtension.class)
class BudgetsViewTest {
    @TempDir
    Path configFolder;

    private DeadlineGateways gateways;

    @Start
    void start(Stage stage) {
        gateways = BudgetsDemo.gateways(50);
        SettingsStore store = new SettingsStore(configFolder, BudgetsDemo.CLOCK);
        InlineTaskRunner runner = InlineTaskRunner.immediate();
        ExplorerContext explorer = new ExplorerContext(gateways, List::of, BudgetsDemo.CLOCK, ZoneOffset.UTC);
        new MainWindow(new ShellContext(store, store.load(), runner, AboutInfo.load(),
            ExplorerAssembly.forWindow(explorer, runner), null, new BudgetsAssembly(runner, BudgetsDemo.CLOCK),
            null)).show(stage);
    }

    @AfterEach
    void stop() {
        gateways.close();
    }

    @Test
    void theShortcutShowsTheBudgetsMostAtRiskFirstWithTheBurnUp(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("budgetsTab");
        @SuppressWarnings("unchecked")
        TableView<BudgetLine> table = robot.lookup("#budgetsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getItems().get(0).state()).isEqualTo("STOPPED");
        assertThat(robot.lookup("#budgetForecast").queryAs(Label.class).getText()).startsWith("The queue stopped on");
        BurnUpCanvas chart = robot.lookup("#burnUpChart").queryAs(BurnUpCanvas.class);
        assertThat(chart.chart().budget()).isEqualTo(table.getItems().get(0).budget());
        assertThat(chart.getWidth()).isPositive();
    }

    @Test
    void aLimitThatIsNotANumberIsShownAtTheFieldAndNothingCanBeSent(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#editBudget");
        TextField limit = robot.lookup("#budgetLimit").queryAs(TextField.class);
        robot.interact(() -> limit.setText("a lot"));

        Label problem = robot.lookup("#limitProblem").queryAs(Label.class);
        Button review = robot.lookup("#reviewBudget").queryAs(Button.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("e.g. 25000");
        assertThat(review.isDisabled()).isTrue();

        robot.interact(() -> limit.setText("99999"));
        assertThat(problem.isVisible()).isFalse();
        robot.clickOn("#reviewBudget");
        DialogPane confirmation = robot.lookup("#budgetConfirmation").queryAs(DialogPane.class);
        assertThat(confirmation.getContentText()).contains("Limit: ").contains("becomes $99,999.00");
        assertThat(confirmation.lookupButton(confirmation.getButtonTypes().get(1)))
            .extracting(button -> ((Button) button).getText()).isEqualTo("Save changes to the farm");
        robot.clickOn("Cancel");
        robot.clickOn("Cancel");
        @SuppressWarnings("unchecked")
        TableView<BudgetLine> table = robot.lookup("#budgetsTable").queryAs(TableView.class);
        assertThat(table.getItems().get(0).budget().limit()).isNotEqualTo(99_999.0);
    }
}
