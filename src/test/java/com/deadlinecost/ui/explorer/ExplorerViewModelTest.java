package com.deadlinecost.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.settings.AppSettings;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.service.views.RangePreset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
