package com.deadlinecost.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartSeries;
import com.deadlinecost.present.chart.WaterfallCharts;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.QueryProblem;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anomaly pane's and the waterfall's view model against the demo studio, through the SDK and the emulator. */
class InsightViewModelTest {
    private static EmulatorServer server;
    private static DeadlineGateway gateway;

    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        server = ExportDemo.startServer();
        gateway = SdkGateways.open(ConnectionTarget.demo(), server.endpoint(), RunTimings.fast(),
            Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        server.close();
    }

    private static StudioFarm tidewater() {
        return ExportDemo.STUDIO.farms().stream().filter(farm -> farm.displayName().equals("Tidewater Episodic"))
            .findFirst().orElseThrow();
    }

    private static StatisticsQuery february() {
        StudioFarm farm = tidewater();
        List<String> queues = ExportDemo.STUDIO.queues(farm.farmId()).stream().map(StudioQueue::queueId)
            .collect(Collectors.toList());
        return new StatisticsQuery(farm.farmId(), new ResourceSelection(ResourceKind.QUEUE, queues),
            new TimeRange(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-17T00:00:00Z")),
            UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));
    }

    private InsightViewModel viewModel() {
        return new InsightViewModel(() -> gateway, InlineTaskRunner.immediate(), new ExpectedMarks(config),
            Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));
    }

    @Test
    void theWeekendSpikeIsListedFirstByExcessWithItsQueueNameAndTopContributor() {
        InsightViewModel viewModel = viewModel();

        viewModel.investigate(february(), null);

        assertThat(viewModel.runningProperty().get()).isFalse();
        List<Anomaly> shown = viewModel.anomalies();
        assertThat(shown).isNotEmpty();
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).excessUsd()).isLessThanOrEqualTo(shown.get(i - 1).excessUsd());
        }
        assertThat(viewModel.label(shown.get(0))).isEqualTo("FX Simulation");
        assertThat(viewModel.contributorLabel(shown.get(0).contributors().get(0))).startsWith("TW2_");
        assertThat(viewModel.messageProperty().get()).contains("largest excess first");
        assertThat(viewModel.changesProperty().get()).isNull();
    }

    @Test
    void anAnomalyMarkedExpectedStaysHiddenInTheNextInvestigationAndAcrossSessions() {
        InsightViewModel viewModel = viewModel();
        viewModel.investigate(february(), null);
        Anomaly first = viewModel.anomalies().get(0);
        int before = viewModel.anomalies().size();

        viewModel.selectedProperty().set(first);
        viewModel.markSelectedExpected();

        assertThat(viewModel.anomalies()).hasSize(before - 1).doesNotContain(first);
        InsightViewModel nextSession = viewModel();
        nextSession.investigate(february(), null);
        assertThat(nextSession.anomalies()).hasSize(before - 1)
            .noneMatch(anomaly -> anomaly.markKey().equals(first.markKey()));
    }

    @Test
    void drillingIntoAQueueSpikeAsksForThatQueueAndDayByJob() {
        InsightViewModel viewModel = viewModel();
        viewModel.investigate(february(), null);
        Anomaly spike = viewModel.anomalies().get(0);
        assertThat(viewModel.canAct().get()).isFalse();

        viewModel.selectedProperty().set(spike);
        assertThat(viewModel.canAct().get()).isTrue();
        viewModel.drillIntoSelected();

        StatisticsQuery drill = viewModel.drillRequestProperty().get();
        assertThat(drill.groupBy()).containsExactly(GroupField.JOB_ID);
        assertThat(drill.resources().ids()).containsExactly(spike.group().valueOrNull(GroupField.QUEUE_ID));
        assertThat(drill.range()).isEqualTo(new TimeRange(spike.start(), spike.end()));
    }

    @Test
    void comparingFillsTheWaterfallFromEarlierToNow() {
        InsightViewModel viewModel = viewModel();

        viewModel.investigate(february(), CompareWith.PREVIOUS_PERIOD);

        List<WaterfallViewModel.Bar> bars = viewModel.waterfall().barsProperty().get();
        assertThat(bars.get(0).label()).isEqualTo("Earlier");
        assertThat(bars.get(bars.size() - 1).label()).isEqualTo("Now");
        double running = bars.get(0).toUsd();
        for (WaterfallViewModel.Bar step : bars.subList(1, bars.size() - 1)) {
            assertThat(step.fromUsd()).isCloseTo(running, within(1e-6));
            running = step.toUsd();
        }
        assertThat(running).isCloseTo(bars.get(bars.size() - 1).toUsd(), within(1e-6));
        assertThat(viewModel.changesProperty().get().changeCents()).isNotZero();
    }

    @Test
    void theWaterfallsChartModelHasTheSameStepsForTheSharedPainter() {
        InsightViewModel viewModel = viewModel();

        viewModel.investigate(february(), CompareWith.PREVIOUS_PERIOD);

        List<WaterfallViewModel.Bar> bars = viewModel.waterfall().barsProperty().get();
        ChartModel model = viewModel.waterfall().modelProperty().get();
        assertThat(model.kind()).isEqualTo(ChartKind.WATERFALL);
        assertThat(model.series()).extracting(ChartSeries::label)
            .containsExactlyElementsOf(bars.stream().map(WaterfallViewModel.Bar::label).toList());
        double[][] spans = WaterfallCharts.spans(model.series());
        for (int index = 0; index < bars.size(); index++) {
            assertThat(spans[index][0]).isCloseTo(bars.get(index).fromUsd(), within(1e-6));
            assertThat(spans[index][1]).isCloseTo(bars.get(index).toUsd(), within(1e-6));
        }

        viewModel.waterfall().show(null, null);

        assertThat(viewModel.waterfall().modelProperty().get()).isNull();
    }

    @Test
    void cancellingStopsTheComparisonRunAndNothingItWouldFindIsShown() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        InsightViewModel viewModel = new InsightViewModel(() -> gateway, runner, new ExpectedMarks(config),
            Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));
        viewModel.investigate(february(), CompareWith.PREVIOUS_PERIOD);
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(runner.pendingCount()).as("comparison, anomalies, projection").isEqualTo(3);

        viewModel.cancel();
        while (runner.runNext()) {
            // the cancelled parts end without showing anything
        }

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("cancelled");
        assertThat(viewModel.changesProperty().get()).isNull();
        assertThat(viewModel.waterfall().barsProperty().get()).isEmpty();
        assertThat(viewModel.anomalies()).isEmpty();
        assertThat(viewModel.groupInsightsProperty().get().compared()).isFalse();
    }

    @Test
    void markingExpectedHidesAtOnceAndWritesTheFileInTheBackground() throws Exception {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        InsightViewModel viewModel = new InsightViewModel(() -> gateway, runner, new ExpectedMarks(config),
            Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));
        viewModel.investigate(february(), null);
        while (runner.runNext()) {
            // run the investigation's parts
        }
        Anomaly first = viewModel.anomalies().get(0);
        viewModel.selectedProperty().set(first);
        while (runner.runNext()) {
            // a contributors lookup may follow the selection
        }

        viewModel.markSelectedExpected();

        assertThat(viewModel.anomalies()).doesNotContain(first);
        assertThat(viewModel.groupInsightsProperty().get().anomalies()).doesNotContain(first);
        Path file = config.resolve(ExpectedMarks.FILE_NAME);
        assertThat(file).as("not written on the UI thread").doesNotExist();
        assertThat(runner.runNext()).isTrue();
        assertThat(Files.readString(file)).contains(first.markKey());
        assertThat(viewModel.messageProperty().get()).startsWith("Marked expected");
    }

    @Test
    void aFailedComparisonSaysSoInOneLineAndTheAnomaliesStillShow() {
        StatisticsQuery query = february();
        TimeRange earlier = CompareWith.PREVIOUS_PERIOD.earlier(query.range(), query.offset());
        DeadlineGateway failingEarlier = new RefusingGateway(gateway, earlier);
        InsightViewModel viewModel = new InsightViewModel(() -> failingEarlier, InlineTaskRunner.immediate(),
            new ExpectedMarks(config), Clock.fixed(ExportDemo.NOW, ZoneOffset.UTC));

        viewModel.investigate(query, CompareWith.PREVIOUS_PERIOD);

        assertThat(viewModel.problemProperty().get())
            .isEqualTo("The comparison with the previous period failed: The farm is busy with other aggregations. "
                + "Wait a minute and run the query again.")
            .doesNotContain("\n").doesNotContain("Exception");
        assertThat(viewModel.changesProperty().get()).isNull();
        assertThat(viewModel.anomalies()).isNotEmpty();
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    /** The demo's gateway, except that aggregations over one range fail as a busy farm would. */
    private static final class RefusingGateway implements DeadlineGateway {
        private final DeadlineGateway delegate;
        private final TimeRange refused;

        RefusingGateway(DeadlineGateway delegate, TimeRange refused) {
            this.delegate = delegate;
            this.refused = refused;
        }

        @Override
        public ConnectionTarget target() {
            return delegate.target();
        }

        @Override
        public List<NamedResource> farms() {
            return delegate.farms();
        }

        @Override
        public List<NamedResource> queues(String farmId) {
            return delegate.queues(farmId);
        }

        @Override
        public List<NamedResource> fleets(String farmId) {
            return delegate.fleets(farmId);
        }

        @Override
        public DisplayNames displayNames(String farmId) {
            return delegate.displayNames(farmId);
        }

        @Override
        public PlannedRun plan(StatisticsQuery query) {
            if (query.range().equals(refused)) {
                throw new QueryProblem(QueryProblem.Kind.FARM_BUSY, "The farm is busy with other aggregations.",
                    "Wait a minute and run the query again.", "ThrottlingException", null);
            }
            return delegate.plan(query);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
