package com.deadlinecost.ui.explorer;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.PlannedRun;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** A gateway whose runs deliver scripted pages, with a hook between pages, for ViewModel tests. */
public class ScriptedGateway implements DeadlineGateway {
    private final List<List<CostRow>> pages;
    private final RuntimeException failure;
    private Runnable betweenPages = () -> { };

    public ScriptedGateway(List<List<CostRow>> pages, RuntimeException failure) {
        this.pages = pages;
        this.failure = failure;
    }

    public static CostRow row(String queue, int hour) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(hour));
        return new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue), Bucket.of(start, start.plus(Duration.ofHours(1))),
            1, EnumSet.of(Statistic.SUM), new StatisticValues(Double.NaN, Double.NaN, Double.NaN, hour),
            new StatisticValues(Double.NaN, Double.NaN, Double.NaN, 3600));
    }

    public static List<CostRow> rows(String queue, int from, int count) {
        List<CostRow> rows = new ArrayList<>();
        for (int hour = from; hour < from + count; hour++) {
            rows.add(row(queue, hour));
        }
        return rows;
    }

    void betweenPages(Runnable hook) {
        this.betweenPages = hook;
    }

    // A fake cannot split a query: every run (and every retry) delivers the whole script again.
    @Override
    public PlannedRun plan(StatisticsQuery query) {
        return new PlannedRun() {
            private boolean complete;

            @Override
            public long run(AggregationListener listener, BooleanSupplier cancelled) {
                long rows = deliver(listener, cancelled);
                complete = true;
                return rows;
            }

            @Override
            public boolean complete() {
                return complete;
            }
        };
    }

    private long deliver(AggregationListener listener, BooleanSupplier cancelled) {
        long delivered = 0;
        listener.progress(new RunProgress(RunProgress.Phase.AGGREGATING, Duration.ofSeconds(1), 0, 0, 0));
        for (int index = 0; index < pages.size(); index++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            delivered += pages.get(index).size();
            listener.page(new RowPage(index + 1, pages.get(index)));
            listener.progress(new RunProgress(RunProgress.Phase.LOADING, Duration.ofSeconds(2), index + 1,
                delivered, 0));
            betweenPages.run();
        }
        if (failure != null) {
            throw failure;
        }
        listener.progress(new RunProgress(RunProgress.Phase.DONE, Duration.ofMillis(2500), pages.size(), delivered,
            0));
        return delivered;
    }

    @Override
    public ConnectionTarget target() {
        return ConnectionTarget.demo();
    }

    @Override
    public List<NamedResource> farms() {
        return List.of();
    }

    @Override
    public List<NamedResource> queues(String farmId) {
        return List.of();
    }

    @Override
    public List<NamedResource> fleets(String farmId) {
        return List.of();
    }

    @Override
    public DisplayNames displayNames(String farmId) {
        return DisplayNames.empty();
    }

    @Override
    public void close() {
    }
}
