package com.deadlinecost.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.common.RecomputeScheduler;
import com.deadlinecost.ui.results.RowStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class QueryRunViewModelTest {
    private static final StatisticsQuery QUERY = new StatisticsQuery("farm-0123456789abcdef0123456789abcdef",
        ResourceSelection.queues("queue-0123456789abcdef0123456789abcdef"),
        new TimeRange(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-08T00:00:00Z")), UtcOffset.UTC,
        Period.HOURLY, List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));

    private final AtomicReference<DeadlineGateway> gateway = new AtomicReference<>();
    private final RowStore rows = new RowStore(RecomputeScheduler.immediate());

    @Test
    void pagesArriveInOrderWithOneAddPerPage() {
        gateway.set(new ScriptedGateway(List.of(ScriptedGateway.rows("a", 0, 100), ScriptedGateway.rows("a", 100, 40)),
            null));
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, InlineTaskRunner.immediate(), rows);
        List<Integer> addSizes = new ArrayList<>();
        rows.all().addListener((ListChangeListener<CostRow>) change -> {
            while (change.next()) {
                addSizes.add(change.getAddedSize());
            }
        });

        viewModel.run(QUERY);

        assertThat(addSizes).containsExactly(100, 40);
        assertThat(rows.all()).containsExactlyElementsOf(ScriptedGateway.rows("a", 0, 140));
        assertThat(viewModel.rowsLoadedProperty().get()).isEqualTo(140);
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.phaseProperty().get()).isEqualTo("Done in 2.5 s — 140 rows");
        assertThat(viewModel.shownQueryProperty().get()).isEqualTo(QUERY);
    }

    @Test
    void aStoredResultIsShownAtOnceWithItsNamesUntilTheNextRun() {
        gateway.set(new ScriptedGateway(List.of(ScriptedGateway.rows("a", 0, 30)), null));
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, InlineTaskRunner.immediate(), rows);
        com.deadlinecost.model.row.DisplayNames names = com.deadlinecost.model.row.DisplayNames.builder()
            .queue("queue-0123456789abcdef0123456789abcdef", "Lighting").build();

        viewModel.show(QUERY, ScriptedGateway.rows("b", 0, 70), names, "Done — 70 rows from the history");

        assertThat(rows.all()).containsExactlyElementsOf(ScriptedGateway.rows("b", 0, 70));
        assertThat(viewModel.shownQueryProperty().get()).isEqualTo(QUERY);
        assertThat(viewModel.storedNamesProperty().get()).isSameAs(names);
        assertThat(viewModel.phaseProperty().get()).isEqualTo("Done — 70 rows from the history");
        assertThat(viewModel.rowsLoadedProperty().get()).isEqualTo(70);
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.resumableProperty().get()).isFalse();

        viewModel.run(QUERY);
        assertThat(viewModel.storedNamesProperty().get()).isNull();
        assertThat(rows.all()).containsExactlyElementsOf(ScriptedGateway.rows("a", 0, 30));
    }

    @Test
    void progressMovesThroughThePhasesWhileRunning() {
        ScriptedGateway scripted = new ScriptedGateway(List.of(ScriptedGateway.rows("a", 0, 100),
            ScriptedGateway.rows("a", 100, 100)), null);
        gateway.set(scripted);
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, InlineTaskRunner.immediate(), rows);
        List<String> seen = new ArrayList<>();
        scripted.betweenPages(() -> seen.add(viewModel.phaseProperty().get() + " | running="
            + viewModel.runningProperty().get() + " | progress=" + viewModel.progressProperty().get()));

        viewModel.run(QUERY);

        assertThat(seen).containsExactly(
            "Loading page 1 — 100 rows so far | running=true | progress=-1.0",
            "Loading page 2 — 200 rows so far | running=true | progress=-1.0");
    }

    @Test
    void pagesOfASupersededRunAreDropped() {
        ScriptedGateway first = new ScriptedGateway(List.of(ScriptedGateway.rows("old", 0, 10),
            ScriptedGateway.rows("old", 10, 10)), null);
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        gateway.set(first);
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, runner, rows);
        viewModel.run(QUERY);
        first.betweenPages(() -> {
            if (gateway.get() == first) {
                gateway.set(new ScriptedGateway(List.of(ScriptedGateway.rows("new", 0, 5)), null));
                viewModel.run(QUERY);
            }
        });

        while (runner.runNext()) {
            assertThat(runner.pendingCount()).isLessThanOrEqualTo(1);
        }

        assertThat(rows.all()).containsExactlyElementsOf(ScriptedGateway.rows("new", 0, 5));
        assertThat(viewModel.phaseProperty().get()).startsWith("Done");
    }

    @Test
    void aFailureBecomesTheErrorStateWithItsAdvice() {
        QueryProblem problem = new QueryProblem(QueryProblem.Kind.RESULT_TOO_LARGE, "The aggregation ended TIMEOUT.",
            "Ask for less at once.", "", null);
        gateway.set(new ScriptedGateway(List.of(ScriptedGateway.rows("a", 0, 3)), problem));
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, InlineTaskRunner.immediate(), rows);

        viewModel.run(QUERY);

        assertThat(viewModel.errorProperty().get()).isSameAs(problem);
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.phaseProperty().get()).isEqualTo("Failed: The aggregation ended TIMEOUT.");
    }

    @Test
    void cancelKeepsTheRowsSoFarAndSaysSo() {
        ScriptedGateway scripted = new ScriptedGateway(List.of(ScriptedGateway.rows("a", 0, 10),
            ScriptedGateway.rows("a", 10, 10), ScriptedGateway.rows("a", 20, 10)), null);
        gateway.set(scripted);
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, InlineTaskRunner.immediate(), rows);
        scripted.betweenPages(() -> {
            if (rows.all().size() == 10) {
                viewModel.cancel();
            }
        });

        viewModel.run(QUERY);

        assertThat(rows.all()).hasSize(10);
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.phaseProperty().get()).isEqualTo("Cancelled after 10 rows");
        assertThat(viewModel.errorProperty().get()).isNull();
    }

    @Test
    void aFailedSplitQueryResumesFromTheFailedChunkKeepingItsRows() {
        List<String> calls = new ArrayList<>();
        gateway.set(new ScriptedGateway(List.of(), null) {
            @Override
            public PlannedRun plan(StatisticsQuery query) {
                return new PlannedRun() {
                    private int chunk;

                    @Override
                    public long run(AggregationListener listener, BooleanSupplier cancelled) {
                        calls.add("run from chunk " + (chunk + 1));
                        if (chunk == 0) {
                            listener.page(new RowPage(1, ScriptedGateway.rows("a", 0, 5)));
                            chunk = 1;
                            throw new QueryProblem(QueryProblem.Kind.SERVICE_ERROR, "Chunk 2 of 2 failed", "", "",
                                null);
                        }
                        listener.page(new RowPage(2, ScriptedGateway.rows("b", 0, 3)));
                        chunk = 2;
                        return 3;
                    }

                    @Override
                    public boolean complete() {
                        return chunk == 2;
                    }
                };
            }
        });
        QueryRunViewModel viewModel = new QueryRunViewModel(gateway::get, InlineTaskRunner.immediate(), rows);
        viewModel.run(QUERY);
        assertThat(viewModel.resumableProperty().get()).isTrue();

        viewModel.resume();

        assertThat(calls).containsExactly("run from chunk 1", "run from chunk 2");
        assertThat(rows.all()).hasSize(8);
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(viewModel.resumableProperty().get()).isFalse();
        assertThat(viewModel.phaseProperty().get()).startsWith("Done");
    }
}
