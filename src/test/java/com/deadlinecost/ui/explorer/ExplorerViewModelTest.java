package com.deadlinecost.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.settings.AppSettings;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.results.DrillStep;
import com.deadlinecost.ui.shell.TestExplorers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplorerViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);
    private static final NamedResource FARM = new NamedResource("farm-0123456789abcdef0123456789abcdef", "Feature",
        "");
    private static final NamedResource QUEUE = new NamedResource("queue-0123456789abcdef0123456789abcdef",
        "Lighting", "IDLE");

    @TempDir
    Path folder;

    private ExplorerViewModel explorer(LiveSettings settings) {
        return InlineExplorers.explorer(target -> new FarmGateway(), settings, CLOCK);
    }

    @Test
    void onFirstStartTheDemoFarmAndAllItsQueuesAreReadyToRun() {
        ExplorerViewModel explorer = explorer(new LiveSettings(new SettingsStore(folder, CLOCK),
            AppSettings.defaults(), Runnable::run));

        explorer.start();

        assertThat(explorer.form().farmProperty().get()).isEqualTo(FARM);
        assertThat(explorer.form().selectedResources()).containsExactly(QUEUE);
        assertThat(explorer.canRunProperty().get()).isTrue();
    }

    @Test
    void theChartAndTheTablesLayoutAreRestoredOnTheNextStart() {
        SettingsStore store = new SettingsStore(folder, CLOCK);
        ExplorerViewModel first = explorer(new LiveSettings(store, AppSettings.defaults(), Runnable::run));
        first.start();
        first.runQuery();
        first.chart().chartTypeProperty().set(ChartKind.LINES);
        first.chart().measureProperty().set(Measure.RUNTIME_SUM);
        first.chart().topNProperty().set(3);
        first.results().sortColumnProperty().set("groupRuntime");
        first.results().sortDescendingProperty().set(false);
        first.results().hiddenColumns().setAll(List.of("groupShare"));
        first.results().columnWidths().put("groupCost", 151.0);

        ExplorerViewModel next = explorer(new LiveSettings(store, store.load().settings(), Runnable::run));
        next.start();

        assertThat(next.chart().chartTypeProperty().get()).isEqualTo(ChartKind.LINES);
        assertThat(next.chart().measureProperty().get()).isEqualTo(Measure.RUNTIME_SUM);
        assertThat(next.chart().topNProperty().get()).isEqualTo(3);
        assertThat(next.results().sortColumnProperty().get()).isEqualTo("groupRuntime");
        assertThat(next.results().sortDescendingProperty().get()).isFalse();
        assertThat(next.results().hiddenColumns()).containsExactly("groupShare");
        assertThat(next.results().columnWidths()).containsExactly(Map.entry("groupCost", 151.0));
    }

    @Test
    void theLastQueryRunIsRestoredOnTheNextStart() {
        SettingsStore store = new SettingsStore(folder, CLOCK);
        ExplorerViewModel first = explorer(new LiveSettings(store, AppSettings.defaults(), Runnable::run));
        first.start();
        first.form().periodProperty().set(Period.WEEKLY);
        first.runQuery();

        ExplorerViewModel next = explorer(new LiveSettings(store, store.load().settings(), Runnable::run));
        next.start();

        assertThat(next.form().periodProperty().get()).isEqualTo(Period.WEEKLY);
        assertThat(next.form().farmProperty().get()).isEqualTo(FARM);
        assertThat(next.form().selectedResources()).containsExactly(QUEUE);
    }

    @Test
    void aQueryAboveTheLimitAsksFirstAndDoesNotRunWhenTheAnswerIsNo() {
        ExplorerViewModel explorer = explorer(new LiveSettings(new SettingsStore(folder, CLOCK),
            AppSettings.defaults(), Runnable::run));
        explorer.start();
        List<String> asked = new ArrayList<>();
        explorer.confirmLargeQueryProperty().set(question -> {
            asked.add(question);
            return false;
        });
        explorer.form().presetProperty().set(RangePreset.CUSTOM);
        explorer.form().customStartProperty().set(LocalDateTime.of(2024, 3, 18, 0, 0));
        explorer.form().customEndProperty().set(LocalDateTime.of(2026, 3, 18, 0, 0));
        explorer.form().periodProperty().set(Period.HOURLY);
        explorer.form().groupByProperty().set(GroupField.JOB_ID);

        explorer.runQuery();

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).contains("hourly buckets").endsWith("Run it anyway?");
        assertThat(explorer.run().shownQueryProperty().get()).isNull();
    }

    @Test
    void aFirstStartOfTheWindowRunsTheDefaultQueryByItself() {
        ExplorerViewModel explorer = InlineExplorers.explorer(TestExplorers.demo().runningOnFirstStart(),
            new LiveSettings(new SettingsStore(folder, CLOCK), AppSettings.defaults(), Runnable::run));

        explorer.start();

        assertThat(explorer.run().shownQueryProperty().get()).isNotNull();
        assertThat(explorer.results().rows().all()).isNotEmpty();
        assertThat(explorer.results().summaryProperty().get().costTotal()).isPositive();
    }

    @Test
    void drillingIntoAQueueOfAQueueQueryRegroupsItByUserAndTheBreadcrumbReturns() {
        ExplorerViewModel explorer = demoExplorer();
        StatisticsQuery byQueue = explorer.run().shownQueryProperty().get();
        Series top = explorer.chart().currentSeriesSet().series().get(0);
        String queue = top.groupValue().orElseThrow();

        explorer.chart().drillInto(top);

        StatisticsQuery followUp = explorer.run().shownQueryProperty().get();
        assertThat(followUp.groupBy()).containsExactly(GroupField.QUEUE_ID, GroupField.USER_ID);
        assertThat(followUp.resources().ids()).containsExactly(queue);
        assertThat(explorer.chart().dimensionProperty().get()).isEqualTo(GroupField.USER_ID);
        assertThat(explorer.results().summaryProperty().get().topField()).isEqualTo(GroupField.USER_ID);
        assertThat(explorer.results().drillDown().steps()).extracting(DrillStep::value).containsExactly(queue);

        explorer.results().drillDown().backTo(0);

        assertThat(explorer.run().shownQueryProperty().get()).isEqualTo(byQueue);
        assertThat(explorer.results().drillDown().steps()).isEmpty();
        assertThat(explorer.results().drillDown().origins()).isEmpty();
    }

    @Test
    void queryThisGroupByJobRunsTheFollowUpAtOnce() {
        ExplorerViewModel explorer = demoExplorer();
        String queue = explorer.chart().currentSeriesSet().series().get(0).groupValue().orElseThrow();

        explorer.results().drillDown().requestQuery(GroupField.QUEUE_ID, queue, GroupField.JOB_ID);

        StatisticsQuery followUp = explorer.run().shownQueryProperty().get();
        assertThat(followUp.groupBy()).containsExactly(GroupField.QUEUE_ID, GroupField.JOB_ID);
        assertThat(explorer.results().rows().all()).isNotEmpty().allSatisfy(row -> assertThat(row.group().jobName())
            .isPresent());
        assertThat(explorer.results().drillDown().canGoBackBinding().get()).isTrue();
    }

    private ExplorerViewModel demoExplorer() {
        ExplorerViewModel explorer = InlineExplorers.explorer(TestExplorers.demo(),
            new LiveSettings(new SettingsStore(folder, CLOCK), AppSettings.defaults(), Runnable::run));
        explorer.start();
        explorer.runQuery();
        return explorer;
    }

    /** A connection with one farm of one queue, whose runs return no rows. */
    private static final class FarmGateway extends ScriptedGateway {
        FarmGateway() {
            super(List.of(), null);
        }

        @Override
        public List<NamedResource> farms() {
            return List.of(FARM);
        }

        @Override
        public List<NamedResource> queues(String farmId) {
            return List.of(QUEUE);
        }
    }
}
