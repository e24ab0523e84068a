package com.deadlinecost.ui.history;

import com.deadlinecost.present.Formats;
import com.deadlinecost.service.history.HistoryEntry;
import com.deadlinecost.service.history.HistorySettings;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.history.StoredResult;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The History pane: the results kept in the history, searchable by query, farm and connection; opening one shows
 * it in the explorer at once (offline) with a banner that says how old it is; deleting one or all; the settle
 * window and the size cap. Store calls run on the task runner.
 */
public final class HistoryViewModel {
    private final HistoryStore store;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<HistoryEntry> shown = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<HistoryEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<HistoryEntry> opened = new ReadOnlyObjectWrapper<>();
    private final StringProperty settleHours = new SimpleStringProperty("");
    private final StringProperty capGigabytes = new SimpleStringProperty("");
    private final BooleanBinding canChange;
    private Consumer<StoredResult> onOpen = result -> { };

    public HistoryViewModel(HistoryStore store, TaskRunner runner, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        search.addListener((observable, before, after) -> shown.setPredicate(entry -> matches(entry, after)));
        canChange = busy.not().and(new ReadOnlyBooleanWrapper(!store.readOnly()));
        store.notice().ifPresent(message::set);
    }

    /** What opening a result does with it: the window shows it in the explorer. */
    public void setOnOpen(Consumer<StoredResult> open) {
        onOpen = open;
    }

    /** Reads the list, the size and the settings again. */
    public void reload() {
        busy.set(true);
        runner.submit(work -> new Snapshot(store.list(), store.totalBytes(), store.settings()),
            TaskCallbacks.of(this::show, this::failed));
    }

    public void open(HistoryEntry entry) {
        if (entry == null) {
            return;
        }
        busy.set(true);
        runner.submit(work -> store.load(entry.id()), TaskCallbacks.of(result -> {
            busy.set(false);
            opened.set(result.entry());
            onOpen.accept(result);
        }, this::failed));
    }

    public void delete(HistoryEntry entry) {
        if (entry == null) {
            return;
        }
        change(() -> store.delete(entry.id()), "Deleted the result of " + when(entry.fetchedAt()) + ".");
    }

    public void deleteAll() {
        change(store::deleteAll, "The history is empty.");
    }

    /** Keeps the settle window and size cap typed in the pane; a bad value says what is wrong and keeps the old. */
    public void applySettings() {
        HistorySettings settings;
        try {
            settings = new HistorySettings(Duration.ofMinutes(Math.round(number(settleHours.get(), "settle window")
                * 60)), Math.round(number(capGigabytes.get(), "size cap") * 1e9));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        change(() -> store.saveSettings(settings), "Settings kept: reuse days settled for "
            + hours(settings.settleWindow()) + " hours, keep at most " + Formats.bytes(settings.capBytes()) + ".");
    }

    /** Forgets which stored result the explorer shows, e.g. once a new query runs there. */
    public void forgetOpened() {
        opened.set(null);
    }

    /** The banner over a stored result, e.g. "Fetched 3 days ago (2026-11-27 09:12 UTC) · Demo studio". */
    public String bannerText(HistoryEntry entry) {
        return "Fetched " + age(entry.fetchedAt()) + " (" + when(entry.fetchedAt()) + "), shown from the history"
            + (entry.complete() ? "" : "; that run was cancelled, so rows may be missing") + " · "
            + entry.connection();
    }

    /** How long ago, in words: "just now", "5 minutes ago", "3 hours ago", "3 days ago". */
    public String age(Instant then) {
        Duration age = Duration.between(then, clock.instant());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return plural(age.toMinutes(), "minute") + " ago";
        }
        if (age.toDays() < 1) {
            return plural(age.toHours(), "hour") + " ago";
        }
        return plural(age.toDays(), "day") + " ago";
    }

    public String when(Instant instant) {
        return Formats.time(instant, null) + " UTC";
    }

    public ObservableList<HistoryEntry> shownEntries() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<HistoryEntry> selectedProperty() {
        return selected;
    }

    /** "12 results, 31.2 MB of at most 1 GB". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The last outcome or problem, in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The stored result the explorer shows, or null when it shows a run's rows. */
    public ReadOnlyObjectProperty<HistoryEntry> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public StringProperty settleHoursProperty() {
        return settleHours;
    }

    public StringProperty capGigabytesProperty() {
        return capGigabytes;
    }

    /** False while the store is busy or only readable (written by a newer version of the app). */
    public BooleanBinding canChangeProperty() {
        return canChange;
    }

    /** Whether an entry is selected and can be opened or deleted. */
    public BooleanBinding hasSelectionProperty() {
        return Bindings.isNotNull(selected);
    }

    private void change(Runnable work, String done) {
        busy.set(true);
        runner.submit(context -> {
            work.run();
            return new Snapshot(store.list(), store.totalBytes(), store.settings());
        }, TaskCallbacks.of(snapshot -> {
            show(snapshot);
            message.set(done);
        }, this::failed));
    }

    private void show(Snapshot snapshot) {
        busy.set(false);
        entries.setAll(snapshot.entries());
        summary.set(plural(snapshot.entries().size(), "result") + ", " + Formats.bytes(snapshot.bytes())
            + " of at most " + Formats.bytes(snapshot.settings().capBytes()));
        settleHours.set(hours(snapshot.settings().settleWindow()));
        capGigabytes.set(String.format(Locale.ROOT, "%s", trim(snapshot.settings().capBytes() / 1e9)));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    private static boolean matches(HistoryEntry entry, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = (entry.description() + " " + entry.farmName() + " " + entry.connection())
            .toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("The " + what + " '" + text + "' is not a number; type e.g. 48 or 1.5.");
        }
    }

    private static String hours(Duration duration) {
        return trim(duration.toMinutes() / 60.0);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private record Snapshot(List<HistoryEntry> entries, long bytes, HistorySettings settings) {
    }
}
