package com.deadlinecost.service.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.deadlinecost.fuzz.Fuzz;
import com.deadlinecost.fuzz.Mutations;
import com.deadlinecost.model.query.QueryBounds;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.settings.AppSettings;
import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.SettingsStore;
import com.deadlinecost.service.settings.ViewSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated view and settings files: opening one never throws, hangs or runs out of memory; it loads (with notes) or
 * fails with a sentence; a loaded view's query is valid or refused with a message, and within the bounds.
 */
class ViewAndSettingsFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void mutatedViewFilesLoadOrFailWithASentence() throws IOException {
        Path original = folder.resolve("original.dcxview");
        ViewFiles.save(original, ViewFiles.newView("Chargeback", ViewConnection.of(ConnectionTarget.demo()),
            new SavedQuery("farm-0123456789abcdef0123456789abcdef", "QUEUE", List.of("queue-a", "queue-b"),
                "CUSTOM", "2026-02-01T00:00", "2026-03-01T00:00", "UTC+05:30", "DAILY",
                List.of("QUEUE_ID", "USER_ID"), List.of("SUM", "AVG")), ViewSettings.defaults(), CLOCK.instant()));
        String text = Files.readString(original);
        SplittableRandom random = Fuzz.random("view-files");
        Fuzz.Tally tally = new Fuzz.Tally("view files");
        Path file = folder.resolve("mutated.dcxview");
        for (int i = 0; i < Fuzz.tries(1_500, 8_000); i++) {
            byte[] bytes = random.nextBoolean() ? Mutations.mutate(random, text) : Mutations.structural(random, text);
            Files.write(file, bytes);
            String where = tally.where(i, new String(bytes, StandardCharsets.UTF_8));
            ViewLoadResult[] loaded = new ViewLoadResult[1];
            assertThatCode(() -> loaded[0] = ViewFiles.load(file)).as(where).doesNotThrowAnyException();
            if (loaded[0].failed()) {
                assertThat(loaded[0].error()).as(where).hasValueSatisfying(error -> assertThat(error).isNotBlank());
                tally.add("refused with a message");
                continue;
            }
            tally.add(restore(loaded[0].view().orElseThrow().query(), where));
        }
        tally.print();
    }

    /** A loaded view either restores to a valid query or is refused with a message; never another exception. */
    private static String restore(SavedQuery saved, String where) {
        StatisticsQuery query;
        try {
            query = QueryForms.restore(saved, CLOCK).query();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as(where).isNotBlank();
            return "loaded, query refused with a message";
        }
        boolean inBounds = QueryBounds.timeProblem(query.range().start(), query.range().end(), CLOCK.instant())
            .isEmpty();
        return inBounds ? "loaded, query valid" : "loaded, range outside the bounds (refused before running)";
    }

    @Test
    void mutatedSettingsFilesLoadOrFallBackToDefaults() throws IOException {
        SettingsStore store = new SettingsStore(folder.resolve("settings"), CLOCK);
        store.save(AppSettings.defaults());
        String text = Files.readString(store.file());
        SplittableRandom random = Fuzz.random("settings-files");
        Fuzz.Tally tally = new Fuzz.Tally("settings files");
        for (int i = 0; i < Fuzz.tries(800, 3_000); i++) {
            byte[] bytes = random.nextBoolean() ? Mutations.mutate(random, text) : Mutations.structural(random, text);
            Files.write(store.file(), bytes);
            String where = tally.where(i, new String(bytes, StandardCharsets.UTF_8));
            SettingsStore.Loaded[] loaded = new SettingsStore.Loaded[1];
            assertThatCode(() -> loaded[0] = store.load()).as(where).doesNotThrowAnyException();
            assertThat(loaded[0].settings()).as(where).isNotNull();
            tally.add(loaded[0].notice().isPresent() ? "defaults, with a message" : "loaded");
        }
        tally.print();
    }
}
