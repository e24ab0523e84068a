package com.deadlinecost.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import com.deadlinecost.app.gui.ExplorerAssembly;
import com.deadlinecost.service.platform.AboutInfo;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path configFolder;

    private SettingsStore store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new SettingsStore(configFolder, Clock.systemUTC());
        InlineTaskRunner runner = InlineTaskRunner.immediate();
        new MainWindow(new ShellContext(store, store.load(), runner, AboutInfo.load(),
            ExplorerAssembly.forWindow(TestExplorers.demo(), runner))).show(stage);
    }

    @Test
    void showsTheTitleMenusAndStatusBar(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Deadline Cost Explorer");
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menuBar.getMenus()).extracting(menu -> menu.getText()).containsExactly("File", "View", "Help");
        verifyThat("#statusBar", isVisible());
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText()).isEqualTo("Demo studio: 3 farms");
        verifyThat("#queryPanel", isVisible());
        verifyThat("#chartArea", isVisible());
        verifyThat("#resultsArea", isVisible());
    }

    @Test
    void helpAboutShowsVersionLicenceAndDependencies(FxRobot robot) {
        robot.clickOn("#helpMenu").clickOn("#aboutItem");

        Label licence = robot.lookup("#aboutLicence").queryAs(Label.class);
        assertThat(licence.getText()).contains("Apache License 2.0");
        TableView<?> dependencies = robot.lookup("#aboutDependencies").queryAs(TableView.class);
        assertThat(dependencies.getItems()).hasSizeGreaterThanOrEqualTo(6);
        robot.clickOn("Close");
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isEmpty();
    }

    @Test
    void closingTheWindowRemembersItsGeometry(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });

        assertThat(stage.isShowing()).isFalse();
        assertThat(store.load().settings().windowBounds()).hasValueSatisfying(bounds -> {
            assertThat(bounds.width()).isEqualTo(1100);
            assertThat(bounds.height()).isEqualTo(700);
            assertThat(bounds.x()).isEqualTo(40);
        });
    }
}
