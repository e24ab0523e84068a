package com.deadlinecost.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.emulator.studio.StudioQueue;
import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkGateways;
import com.deadlinecost.service.export.ExportDemo;
import com.deadlinecost.service.settings.ExpectedMarks;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The anomaly pane and "What changed" in a real (headless) window, on the demo studio through the SDK. */
@ExtendWith(ApplicationExtension.class)
class InsightPanesTest {
    private static EmulatorServer server;
    private static DeadlineGateway gateway;
    private static Path config;
    private InsightViewModel viewModel;

    @BeforeAll
    static void startServer() throws Exception {
        server = ExportDemo.startServer();
        gateway = SdkGateways.open(ConnectionTarget.demo(), server.endpoint(), RunTimings.fast(),
            Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));
        config = Files.createTempDirectory("insight-panes");
    }

    @AfterAll
    static void stopServer() {
        gateway.close();
        server.close();
    }

    @Start
    void start(Stage stage) {
        viewModel = new InsightViewModel(() -> gateway, InlineTaskRunner.immediate(), new ExpectedMarks(config),
            Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));
        VBox panes = new VBox(new WhatChangedView(viewModel).node(), new AnomalyListView(viewModel));
        ((Region) panes.getChildren().get(0)).setPrefHeight(360);
        stage.setScene(new Scene(panes, 1200, 800));
        stage.show();
    }

    private static StatisticsQuery tidewaterFebruary() {
        StudioFarm farm = ExportDemo.STUDIO.farms().stream()
            .filter(candidate -> candidate.displayName().equals("Tidewater Episodic")).findFirst().orElseThrow();
        List<String> queues = ExportDemo.STUDIO.queues(farm.farmId()).stream().map(StudioQueue::queueId)
            .collect(Collectors.toList());
        return new StatisticsQuery(farm.farmId(), new ResourceSelection(ResourceKind.QUEUE, queues),
            new TimeRange(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-17T00:00:00Z")),
            UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));
    }

    @Test
    void theListShowsTheAnomaliesAndMarkExpectedTakesTheSelectedOneAway(FxRobot robot) {
        robot.interact(() -> viewModel.investigate(tidewaterFebruary(), CompareWith.PREVIOUS_PERIOD));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Anomaly> table = robot.lookup("#anomalyTable").queryAs(TableView.class);
        int before = table.getItems().size();
        assertThat(before).isPositive();
        assertThat(robot.lookup("#anomalyExpected").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#changeHeadline").queryAs(Label.class).getText()).startsWith("Previous period (");

        robot.clickOn(robot.lookup("#anomalyTable .table-row-cell").nth(0).queryAs(Node.class));
        Anomaly chosen = viewModel.selectedProperty().get();
        assertThat(chosen).isNotNull();
        assertThat(robot.lookup("#anomalyContributors").queryAs(Label.class).getText())
            .contains("Top contributors: ");
        robot.clickOn("#anomalyExpected");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).hasSize(before - 1).doesNotContain(chosen);
    }
}
