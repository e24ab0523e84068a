package com.deadlinecost.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.ui.common.RecomputeScheduler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowStoreTest {
    private final List<Runnable> pulse = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();

    private RowStore recording(RecomputeScheduler scheduler) {
        RowStore store = new RowStore(scheduler);
        store.shown().addListener((ListChangeListener<CostRow>) change -> {
            StringBuilder kinds = new StringBuilder();
            while (change.next()) {
                kinds.append(change.wasPermutated() ? "p" : change.wasReplaced() ? "replaced"
                    : change.wasRemoved() ? "r" : "a");
            }
            changes.add(kinds.toString());
        });
        return store;
    }

    private void runPulse() {
        List<Runnable> due = new ArrayList<>(pulse);
        pulse.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void pagesReachTheShownRowsOnThePulseAsOneSortedChange() {
        RowStore store = recording(pulse::add);
        List<CostRow> sample = ResultRows.sample();

        store.add(sample.subList(2, 4));
        store.add(sample.subList(0, 2));

        assertThat(store.all()).containsExactly(sample.get(2), sample.get(3), sample.get(0), sample.get(1));
        assertThat(store.shown()).as("not before the pulse").isEmpty();
        runPulse();
        assertThat(changes).containsExactly("a");
        List<CostRow> sorted = new ArrayList<>(sample);
        sorted.sort(ResultsViewModel.TIE_BREAKER);
        assertThat(store.shown()).containsExactlyElementsOf(sorted);
    }

    @Test
    void aWholeResultLoadsAtOnceReplacingWhatWasShown() {
        RowStore store = recording(pulse::add);
        store.add(List.of(ResultRows.row("q-fx", "u-cy", 0, 1, 1, 60)));
        runPulse();
        List<Boolean> replacing = new ArrayList<>();
        store.replacingProperty().addListener((observable, before, now) -> replacing.add(now));

        store.load(ResultRows.sample());

        assertThat(store.all()).containsExactlyElementsOf(ResultRows.sample());
        assertThat(store.shown()).hasSize(4);
        assertThat(changes).containsExactly("a", "replaced");
        assertThat(replacing).containsExactly(true, false);
        assertThat(pulse).as("nothing waits for a pulse").isEmpty();
    }

    @Test
    void aNewOrderPermutesTheShownRowsAndAFilterReplacesThem() {
        RowStore store = recording(RecomputeScheduler.immediate());
        store.load(ResultRows.sample());
        changes.clear();

        store.setOrder(Comparator.comparingDouble(CostRow::costTotal));
        assertThat(store.shown()).extracting(CostRow::costTotal).containsExactly(4.0, 6.0, 20.0, 50.0);
        store.setFilter(row -> row.value(GroupField.QUEUE_ID).orElseThrow().equals("q-comp"));
        assertThat(store.shown()).extracting(CostRow::costTotal).containsExactly(4.0, 6.0);
        store.add(List.of(ResultRows.row("q-comp", "u-ben", 5, 1, 5, 60), ResultRows.row("q-light", "u-ben", 5, 1,
            1, 60)));

        assertThat(store.shown()).extracting(CostRow::costTotal).containsExactly(4.0, 5.0, 6.0);
        assertThat(store.all()).hasSize(6);
        assertThat(changes).containsExactly("p", "replaced", "a");
    }
}
