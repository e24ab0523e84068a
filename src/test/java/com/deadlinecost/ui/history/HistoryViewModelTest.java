package com.deadlinecost.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.history.HistoryEntry;
import com.deadlinecost.service.history.HistorySettings;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.history.ResultToStore;
import com.deadlinecost.service.history.StoredResult;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private HistoryStore store;
    private HistoryViewModel history;

    @BeforeEach
    void open() {
        store = HistoryStore.open(folder.resolve(HistoryStore.FILE_NAME), CLOCK);
        history = new HistoryViewModel(store, InlineTaskRunner.immediate(), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long keep(String farm, String queue, Duration ago, int rows) {
        StatisticsQuery query = new StatisticsQuery("farm-" + farm, ResourceSelection.queues(queue),
            new TimeRange(NOW.minus(Duration.ofDays(30)), NOW), UtcOffset.UTC, Period.DAILY,
            List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));
        List<CostRow> kept = new ArrayList<>();
        for (int day = 0; day < rows; day++) {
            Instant start = query.range().start().plus(Duration.ofDays(day));
            kept.add(new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue), Bucket.of(start,
                start.plus(Duration.ofDays(1))), day, EnumSet.of(Statistic.SUM),
                new StatisticValues(Double.NaN, Double.NaN, Double.NaN, day * 1.25),
                new StatisticValues(Double.NaN, Double.NaN, Double.NaN, day * 60.0)));
        }
        return store.save(new ResultToStore(ConnectionTarget.demo(), farm, query, NOW.minus(ago), true, kept,
            DisplayNames.builder().queue(queue, queue.toUpperCase(java.util.Locale.ROOT)).build()));
    }

    @Test
    void listsNewestFirstAndSearchesByFarmAndQuery() {
        keep("Harbor Lights", "lighting", Duration.ofDays(3), 10);
        keep("Tidewater", "comp", Duration.ofHours(2), 5);
        history.reload();

        assertThat(history.shownEntries()).extracting(HistoryEntry::farmName)
            .containsExactly("Tidewater", "Harbor Lights");
        assertThat(history.summaryProperty().get()).startsWith("2 results, ").endsWith("of at most 1 GB");
        history.searchProperty().set("harbor LIGHTING");
        assertThat(history.shownEntries()).extracting(HistoryEntry::farmName).containsExactly("Harbor Lights");
        history.searchProperty().set("monthly");
        assertThat(history.shownEntries()).isEmpty();
    }

    @Test
    void openingHandsTheStoredResultOverAndTheBannerSaysHowOldItIs() {
        keep("Harbor Lights", "lighting", Duration.ofDays(3), 10);
        history.reload();
        List<StoredResult> opened = new ArrayList<>();
        history.setOnOpen(opened::add);

        history.open(history.shownEntries().get(0));

        assertThat(opened).singleElement().satisfies(result -> {
            assertThat(result.rows()).hasSize(10);
            assertThat(result.names().name(GroupField.QUEUE_ID, "lighting")).isEqualTo("LIGHTING");
        });
        assertThat(history.bannerText(history.openedProperty().get()))
            .isEqualTo("Fetched 3 days ago (2026-11-27 09:00 UTC), shown from the history · Demo studio");
        history.forgetOpened();
        assertThat(history.openedProperty().get()).isNull();
    }

    @Test
    void deletesOneOrAll() {
        keep("Harbor Lights", "lighting", Duration.ofDays(3), 10);
        keep("Tidewater", "comp", Duration.ofHours(2), 5);
        history.reload();

        history.delete(history.shownEntries().get(0));
        assertThat(history.shownEntries()).extracting(HistoryEntry::farmName).containsExactly("Harbor Lights");
        assertThat(history.messageProperty().get()).isEqualTo("Deleted the result of 2026-11-30 07:00 UTC.");
        history.deleteAll();
        assertThat(history.shownEntries()).isEmpty();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void settingsAreKeptAndABadValueSaysWhatIsWrong() {
        history.reload();
        assertThat(history.settleHoursProperty().get()).isEqualTo("48");
        assertThat(history.capGigabytesProperty().get()).isEqualTo("1");

        history.settleHoursProperty().set("12");
        history.capGigabytesProperty().set("0.5");
        history.applySettings();
        assertThat(store.settings()).isEqualTo(new HistorySettings(Duration.ofHours(12), 500_000_000L));
        assertThat(history.messageProperty().get())
            .isEqualTo("Settings kept: reuse days settled for 12 hours, keep at most 500 MB.");

        history.capGigabytesProperty().set("lots");
        history.applySettings();
        assertThat(history.messageProperty().get())
            .isEqualTo("The size cap 'lots' is not a number; type e.g. 48 or 1.5.");
        assertThat(store.settings().capBytes()).isEqualTo(500_000_000L);
    }

    @Test
    void ageIsSaidInWords() {
        assertThat(history.age(NOW.minusSeconds(20))).isEqualTo("just now");
        assertThat(history.age(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
        assertThat(history.age(NOW.minus(Duration.ofHours(5)))).isEqualTo("5 hours ago");
        assertThat(history.age(NOW.minus(Duration.ofDays(40)))).isEqualTo("40 days ago");
    }
}
