package com.deadlinecost.service.history;

import static com.deadlinecost.service.history.HistoryFixtures.NOW;
import static com.deadlinecost.service.history.HistoryFixtures.dailyByJob;
import static com.deadlinecost.service.history.HistoryFixtures.result;
import static com.deadlinecost.service.history.HistoryFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.connection.ConnectionTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private HistoryStore open() {
        return HistoryStore.open(folder.resolve(HistoryStore.FILE_NAME), CLOCK);
    }

    @Test
    void rowsAndNamesComeBackExactly() {
        StatisticsQuery query = dailyByJob(90);
        List<CostRow> rows = rows(query, 5_000, 1);
        long id;
        try (HistoryStore store = open()) {
            id = store.save(result(query, NOW, rows));
        }
        try (HistoryStore store = open()) {
            StoredResult loaded = store.load(id);
            assertThat(loaded.rows()).containsExactlyElementsOf(rows);
            // Job names are descriptions, not identity: compare them apart.
            assertThat(loaded.rows()).extracting(row -> row.group().jobName())
                .containsExactlyElementsOf(rows.stream().map(row -> row.group().jobName()).toList());
            assertThat(loaded.names().name(GroupField.QUEUE_ID, "queue-a")).isEqualTo("Lighting");
            assertThat(loaded.names().name(GroupField.USER_ID, "user-1")).isEqualTo("Ana Lima");
            assertThat(loaded.entry().query()).isEqualTo(query);
            assertThat(loaded.entry().farmName()).isEqualTo("Harbor Lights");
            assertThat(loaded.entry().connection()).isEqualTo("Demo studio");
            assertThat(loaded.entry().rowCount()).isEqualTo(5_000);
            assertThat(loaded.entry().description()).contains("Daily, by Queue and Job").contains("2 queues: FX");
            assertThat(loaded.entry().fetchedAt()).isEqualTo(NOW);
        }
    }

    @Test
    void rowsAreStoredCompactly() {
        StatisticsQuery query = dailyByJob(90);
        try (HistoryStore store = open()) {
            store.save(result(query, NOW, rows(query, 20_000, 2)));
            // Four statistics of cost and runtime are 64 bytes of doubles a row before any encoding.
            assertThat(store.list().get(0).bytes() / 20_000.0).isLessThan(70);
        }
    }

    @Test
    void aProfileConnectionKeepsItsNameAndRegionOnly() {
        StatisticsQuery query = dailyByJob(7);
        try (HistoryStore store = open()) {
            store.save(new ResultToStore(ConnectionTarget.profile("studio-admin", "eu-west-1"), "Farm", query, NOW,
                true, rows(query, 10, 3), null));
            assertThat(store.list().get(0).connection()).isEqualTo("AWS profile studio-admin in eu-west-1");
            assertThat(store.overlapping("PROFILE|studio-admin|eu-west-1", query)).hasSize(1);
            assertThat(store.overlapping(ResultToStore.identity(ConnectionTarget.demo()), query)).isEmpty();
        }
    }

    @Test
    void listsNewestFirstAndDeletesOneOrAll() {
        StatisticsQuery query = dailyByJob(7);
        try (HistoryStore store = open()) {
            long old = store.save(result(query, NOW.minus(Duration.ofDays(2)), rows(query, 10, 4)));
            long young = store.save(result(query, NOW, rows(query, 10, 5)));
            assertThat(store.list()).extracting(HistoryEntry::id).containsExactly(young, old);
            store.delete(young);
            assertThat(store.list()).extracting(HistoryEntry::id).containsExactly(old);
            assertThatThrownBy(() -> store.load(young)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("no longer in the history");
            store.deleteAll();
            assertThat(store.list()).isEmpty();
            assertThat(store.totalBytes()).isZero();
        }
    }

    @Test
    void pruningDropsTheOldestFirst() {
        StatisticsQuery query = dailyByJob(30);
        try (HistoryStore store = open()) {
            List<Long> ids = new ArrayList<>();
            for (int day = 5; day >= 1; day--) {
                ids.add(store.save(result(query, NOW.minus(Duration.ofDays(day)), rows(query, 2_000, day))));
            }
            long each = store.list().get(0).bytes();
            int deleted = store.prune(each * 3 + each / 2);
            assertThat(deleted).isEqualTo(2);
            assertThat(store.list()).extracting(HistoryEntry::id)
                .containsExactly(ids.get(4), ids.get(3), ids.get(2));
        }
    }

    @Test
    void savingPrunesToTheCapInTheSettings() {
        StatisticsQuery query = dailyByJob(30);
        try (HistoryStore store = open()) {
            store.saveSettings(new HistorySettings(Duration.ofHours(12), 1_000_000));
            assertThat(store.settings()).isEqualTo(new HistorySettings(Duration.ofHours(12), 1_000_000));
            long first = store.save(result(query, NOW.minus(Duration.ofDays(1)), rows(query, 30_000, 6)));
            long second = store.save(result(query, NOW, rows(query, 30_000, 7)));
            assertThat(store.list()).extracting(HistoryEntry::id).containsExactly(second).doesNotContain(first);
        }
    }

    @Test
    void aDamagedFileIsMovedAsideAndANewHistoryStarts() throws Exception {
        Path file = folder.resolve(HistoryStore.FILE_NAME);
        byte[] garbage = "this is not a database, it is a shopping list".repeat(200)
            .getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        try (HistoryStore store = open()) {
            assertThat(store.notice()).get().asString().contains("damaged").contains("history.db.damaged-");
            assertThat(store.list()).isEmpty();
            StatisticsQuery query = dailyByJob(7);
            store.save(result(query, NOW, rows(query, 10, 8)));
            assertThat(store.list()).hasSize(1);
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(path -> path.getFileName().toString().startsWith("history.db.damaged-"))
                .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        }
    }

    @Test
    void aHistoryOfANewerSchemaOpensReadOnlyWithANote() throws Exception {
        StatisticsQuery query = dailyByJob(7);
        try (HistoryStore store = open()) {
            store.save(result(query, NOW, rows(query, 10, 9)));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(HistoryStore.FILE_NAME));
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = " + (HistoryDatabase.SCHEMA_VERSION + 1));
        }
        try (HistoryStore store = open()) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.notice()).get().asString().contains("newer version");
            assertThat(store.list()).hasSize(1);
            assertThatThrownBy(() -> store.save(result(query, NOW, rows(query, 10, 10))))
                .isInstanceOf(HistoryException.class).hasMessageContaining("only reads it");
            assertThatThrownBy(store::deleteAll).isInstanceOf(HistoryException.class);
            assertThat(store.list()).hasSize(1);
        }
    }

    @Test
    void twoConnectionsWriteAndReadAtOnce() throws Exception {
        StatisticsQuery query = dailyByJob(30);
        int each = 15;
        try (HistoryStore first = open(); HistoryStore second = open()) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<Long>>> saved = new ArrayList<>();
                for (HistoryStore store : List.of(first, second)) {
                    Callable<List<Long>> writer = () -> {
                        start.await();
                        List<Long> ids = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            ids.add(store.save(result(query, NOW, rows(query, 3_000, i))));
                            assertThat(store.list()).isNotEmpty();
                        }
                        return ids;
                    };
                    saved.add(threads.submit(writer));
                }
                start.countDown();
                List<Long> all = new ArrayList<>(saved.get(0).get());
                all.addAll(saved.get(1).get());
                assertThat(all).doesNotHaveDuplicates().hasSize(2 * each);
                assertThat(first.list()).hasSize(2 * each);
                assertThat(second.load(all.get(0)).rows()).containsExactlyElementsOf(rows(query, 3_000, 0));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void aFullDiskFailsTheWriteWithAMessageAndKeepsWhatWasThere() throws Exception {
        StatisticsQuery query = dailyByJob(30);
        try (HistoryStore store = open()) {
            long kept = store.save(result(query, NOW, rows(query, 100, 11)));
            store.limitPages(HistoryPages.current(store) + 2);
            assertThatThrownBy(() -> store.save(result(query, NOW, rows(query, 50_000, 12))))
                .isInstanceOf(HistoryException.class)
                .hasMessage("Could not save the result in the history: the disk is full. Free some space or lower "
                    + "the history's size cap in Settings.");
            assertThat(store.list()).extracting(HistoryEntry::id).containsExactly(kept);
            assertThat(store.load(kept).rows()).containsExactlyElementsOf(rows(query, 100, 11));
        }
    }
}
