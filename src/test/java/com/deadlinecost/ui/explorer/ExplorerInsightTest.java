package com.deadlinecost.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.Cents;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.insight.GroupChange;
import com.deadlinecost.model.insight.GroupInsights;
import com.deadlinecost.model.insight.InsightQueries;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartOverlayInputs;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkGateways;
import com.deadlinecost.service.insight.DemoStudioInsight;
import com.deadlinecost.service.insight.InsightService;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.insight.InsightViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a farm admin sees after Run with "Compare with" and the anomaly search, through the window's view models
 * (the one wiring of {@code ExplorerAssembly}, inline task runner) against the full demo studio over the SDK.
 */
class ExplorerInsightTest {
    private static final Clock CLOCK = Clock.fixed(DemoStudioInsight.NOW, ZoneOffset.UTC);
    private static final String RUNAWAY_JOB = "GRV_sq120_sh0410_fx_pyro_v007";
    private static DemoStudioInsight demo;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        demo = new DemoStudioInsight();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private ExplorerViewModel explorer(SettingsStore store) {
        ExplorerViewModel explorer = InlineExplorers.explorer(target -> SdkGateways.open(ConnectionTarget.demo(),
            demo.server.endpoint(), RunTimings.fast(), CLOCK), new LiveSettings(store, store.load().settings(),
            Runnable::run), CLOCK);
        explorer.start();
        return explorer;
    }

    private ExplorerViewModel explorer() {
        return explorer(new SettingsStore(folder, CLOCK));
    }

    private static void run(ExplorerViewModel explorer, StatisticsQuery query, CompareWith with) {
        explorer.form().fill(query, RangePreset.CUSTOM);
        explorer.form().compareWithProperty().set(with);
        assertThat(explorer.canRunProperty().get()).as("the form accepts the query").isTrue();
        explorer.runQuery();
        assertThat(explorer.run().errorProperty().get()).isNull();
        assertThat(explorer.insight().runningProperty().get()).isFalse();
    }

    private static StatisticsQuery lastDays(String farmName, int days, GroupField groupBy) {
        StatisticsQuery byQueue = DemoStudioInsight.byQueue(DemoStudioInsight.farm(farmName),
            DemoStudioInsight.NOW.minus(Duration.ofDays(days)), Period.DAILY);
        return new StatisticsQuery(byQueue.farmId(), byQueue.resources(), byQueue.range(), byQueue.offset(),
            byQueue.period(), List.of(groupBy), byQueue.statistics());
    }

    private static GroupKey queue(String farmName, String queueName) {
        return GroupKey.of(GroupField.QUEUE_ID, DemoStudioInsight.queueId(DemoStudioInsight.farm(farmName),
            queueName));
    }

    @Test
    void comparingWithThePreviousPeriodGivesEachQueueItsEarlierCostFromASecondAggregation() {
        ExplorerViewModel explorer = explorer();
        StatisticsQuery query = lastDays("Harbor Lights Feature", 28, GroupField.QUEUE_ID);

        run(explorer, query, CompareWith.PREVIOUS_PERIOD);

        GroupInsights shown = explorer.results().insight().groupsProperty().get();
        assertThat(shown.compared()).isTrue();
        assertThat(shown.earlierRange()).isEqualTo(CompareWith.PREVIOUS_PERIOD.earlier(query.range(),
            query.offset()));
        List<CostRow> earlierRows = new InsightService(demo.gateway, () -> false).fetch(
            InsightQueries.earlier(query, CompareWith.PREVIOUS_PERIOD), null);
        GroupKey lighting = queue("Harbor Lights Feature", "Lighting");
        double earlierLighting = earlierRows.stream().filter(row -> row.group().equals(lighting))
            .mapToDouble(CostRow::costTotal).sum();
        GroupChange change = shown.change(lighting).orElseThrow();
        assertThat(change.earlierCents()).isEqualTo(Cents.of(earlierLighting)).isPositive();
        GroupTable.Line line = explorer.results().groupTableProperty().get().lines().stream()
            .filter(candidate -> candidate.key().equals(lighting)).findFirst().orElseThrow();
        assertThat(change.currentCents()).isEqualTo(Cents.of(line.cost()));
        assertThat(change.changeCents()).isEqualTo(change.currentCents() - change.earlierCents());
        assertThat(explorer.insight().waterfall().barsProperty().get()).isNotEmpty();
        assertThat(explorer.insight().headline().textProperty().get()).startsWith("Previous period (");
    }

    @Test
    void jobsThatRanInOnlyOneOfTheTwoWeeksAreMarkedNewOrGone() {
        ExplorerViewModel explorer = explorer();

        run(explorer, lastDays("Harbor Lights Feature", 7, GroupField.JOB_ID), CompareWith.PREVIOUS_PERIOD);

        GroupInsights shown = explorer.results().insight().groupsProperty().get();
        Set<GroupKey> current = explorer.results().groupTableProperty().get().lines().stream()
            .map(GroupTable.Line::key).collect(Collectors.toSet());
        List<GroupChange> gone = shown.vanished();
        assertThat(gone).isNotEmpty().allSatisfy(change -> {
            assertThat(current).doesNotContain(change.group());
            assertThat(change.currentCents()).isZero();
            assertThat(change.earlierCents()).isPositive();
        });
        assertThat(current).anySatisfy(key -> assertThat(shown.change(key).orElseThrow().status())
            .isEqualTo(GroupChange.Status.NEW));
    }

    @Test
    void theRunawayFxJobOnTheDefaultFarmIsListedAndCountedOnItsQueuesLine() {
        ExplorerViewModel explorer = explorer();

        run(explorer, lastDays("Harbor Lights Feature", 28, GroupField.QUEUE_ID), null);

        InsightViewModel insight = explorer.insight();
        List<Anomaly> shown = insight.anomalies();
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).excessUsd()).isLessThanOrEqualTo(shown.get(i - 1).excessUsd());
        }
        Anomaly runaway = shown.stream().filter(anomaly -> anomaly.kind() == Anomaly.Kind.RUNAWAY_SESSION)
            .findFirst().orElseThrow();
        assertThat(insight.label(runaway)).isEqualTo("FX Simulation / " + RUNAWAY_JOB);
        assertThat(explorer.results().insight().groupsProperty().get()
            .anomaliesOf(queue("Harbor Lights Feature", "FX Simulation"))).contains(runaway);
        assertThat(explorer.results().insight().groupsProperty().get()
            .anomaliesOf(queue("Harbor Lights Feature", "Lighting"))).doesNotContain(runaway);
    }

    @Test
    void theWeekendSpikeOnTheEpisodicFarmIsTheLargestAnomalyWithTheJobsThatMadeItUp() {
        ExplorerViewModel explorer = explorer();

        run(explorer, lastDays("Tidewater Episodic", 35, GroupField.QUEUE_ID), null);

        InsightViewModel insight = explorer.insight();
        Anomaly largest = insight.anomalies().get(0);
        assertThat(largest.kind()).isEqualTo(Anomaly.Kind.SPEND_SPIKE);
        assertThat(insight.label(largest)).isEqualTo("FX Simulation");
        Instant weekend = DemoStudioInsight.NOW.minus(Duration.ofDays(24));
        assertThat(largest.start()).isBetween(weekend.minus(Duration.ofDays(4)), weekend.plus(Duration.ofDays(4)));
        assertThat(largest.contributors()).isNotEmpty();
        assertThat(insight.contributorsText(largest)).startsWith("Usually $").contains("Top contributors: TW2_");
    }

    @Test
    void drillingIntoAnAnomalyRunsItsQueueAndDayByJobAsACustomRange() {
        ExplorerViewModel explorer = explorer();
        run(explorer, lastDays("Tidewater Episodic", 35, GroupField.QUEUE_ID), null);
        Anomaly largest = explorer.insight().anomalies().get(0);

        explorer.insight().selectedProperty().set(largest);
        explorer.insight().drillIntoSelected();

        StatisticsQuery shown = explorer.run().shownQueryProperty().get();
        assertThat(shown.groupBy()).containsExactly(GroupField.JOB_ID);
        assertThat(shown.range().start()).isEqualTo(largest.start());
        assertThat(explorer.form().presetProperty().get()).isEqualTo(RangePreset.CUSTOM);
        assertThat(explorer.results().rows().all()).isNotEmpty();
    }

    @Test
    void anAnomalyMarkedExpectedIsRememberedAndStaysHiddenInTheNextSession() {
        SettingsStore store = new SettingsStore(folder, CLOCK);
        ExplorerViewModel first = explorer(store);
        StatisticsQuery query = lastDays("Tidewater Episodic", 35, GroupField.QUEUE_ID);
        run(first, query, null);
        Anomaly largest = first.insight().anomalies().get(0);

        first.insight().selectedProperty().set(largest);
        first.insight().markSelectedExpected();

        assertThat(first.insight().anomalies()).doesNotContain(largest);
        assertThat(first.results().insight().groupsProperty().get().anomalies()).doesNotContain(largest);
        ExplorerViewModel next = explorer(store);
        run(next, query, null);
        assertThat(next.insight().anomalies()).isNotEmpty()
            .noneMatch(anomaly -> anomaly.markKey().equals(largest.markKey()));
    }

    @Test
    void theComparisonChosenIsRememberedForTheNextStart() {
        SettingsStore store = new SettingsStore(folder, CLOCK);
        ExplorerViewModel first = explorer(store);
        run(first, lastDays("Tidewater Episodic", 7, GroupField.QUEUE_ID), CompareWith.LAST_MONTH);

        ExplorerViewModel next = explorer(store);

        assertThat(next.form().compareWithProperty().get()).isEqualTo(CompareWith.LAST_MONTH);
    }

    @Test
    void aRangeEndingNowShowsTheProjectedMonthEndWithItsInterval() {
        ExplorerViewModel explorer = explorer();

        run(explorer, lastDays("Harbor Lights Feature", 28, GroupField.QUEUE_ID), null);

        assertThat(explorer.insight().projectionProperty().get()).isNotNull();
        double projected = explorer.insight().projectionProperty().get().total().projectedUsd();
        assertThat(explorer.results().insight().projectedMonthEndProperty().get()).startsWith("$");
        assertThat(explorer.results().insight().projectedMonthEndIntervalProperty().get()).startsWith("80 %: $");
        assertThat(projected).isGreaterThanOrEqualTo(explorer.insight().projectionProperty().get().total()
            .monthToDateUsd());
    }

    @Test
    void timeChartsGetTheEarlierPeriodTheProjectionAndTheAnomaliesAsOverlays() {
        ExplorerViewModel explorer = explorer();

        run(explorer, lastDays("Tidewater Episodic", 28, GroupField.QUEUE_ID), CompareWith.PREVIOUS_PERIOD);

        ChartOverlayInputs overlays = explorer.chart().overlayInputs();
        assertThat(overlays.earlier()).hasValueSatisfying(earlier -> {
            assertThat(earlier.label()).startsWith("Previous period (");
            assertThat(earlier.rows()).isNotEmpty();
        });
        assertThat(overlays.projection()).isPresent();
        assertThat(overlays.anomalies()).isNotEmpty().containsExactlyElementsOf(explorer.insight().anomalies());
    }

    @Test
    void theTimeChartDrawsTheEarlierPeriodTheProjectionAndTheAnomaliesTheInvestigationFound() {
        ExplorerViewModel explorer = explorer();

        run(explorer, lastDays("Harbor Lights Feature", 28, GroupField.QUEUE_ID), CompareWith.PREVIOUS_PERIOD);
        explorer.chart().chartTypeProperty().set(ChartKind.LINES);
        explorer.chart().currentChartData();

        ChartModel model = explorer.chart().model(explorer.results().names(), Palette.Theme.LIGHT);
        assertThat(model.overlays().earlier()).hasValueSatisfying(earlier ->
            assertThat(earlier.label()).startsWith("Previous period ("));
        assertThat(explorer.insight().projectionProperty().get()).isNotNull();
        assertThat(model.overlays().projected()).isPresent();
        assertThat(model.overlays().markers()).isNotEmpty().allSatisfy(marker -> assertThat(marker.title())
            .isIn(Anomaly.Kind.SPEND_SPIKE.label(), Anomaly.Kind.RUNAWAY_SESSION.label()));

        explorer.insight().clear();

        assertThat(explorer.chart().model(explorer.results().names(), Palette.Theme.LIGHT).overlays().isEmpty())
            .isTrue();
    }
}
