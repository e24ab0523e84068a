package com.deadlinecost.service.export;

import com.deadlinecost.emulator.EmulatorConfig;
import com.deadlinecost.emulator.EmulatorServer;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.rollup.TopSeriesFold;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import com.deadlinecost.service.deadline.AggregationListener;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.RowPage;
import com.deadlinecost.service.deadline.RunProgress;
import com.deadlinecost.service.deadline.RunTimings;
import com.deadlinecost.service.deadline.SdkDeadlineGateway;
import com.deadlinecost.service.export.chart.ChartSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * One real demo query, run once per test JVM through the real SDK against the emulator: 30 days of the
 * episodic farm (five queues), daily, by queue and user, sum and average.
 */
public final class ExportDemo {
    public static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    public static final Instant EXPORTED_AT = Instant.parse("2026-03-18T10:05:00Z");
    public static final Studio STUDIO = DemoStudioGenerator.generate(11L, NOW, 30_000);
    private static ExportDemo result;

    public final StatisticsQuery query;
    public final List<CostRow> rows;
    public final DisplayNames names;
    public final String farmName;

    private ExportDemo(StatisticsQuery query, List<CostRow> rows, DisplayNames names, String farmName) {
        this.query = query;
        this.rows = rows;
        this.names = names;
        this.farmName = farmName;
    }

    /** The demo result, computed on first use. */
    public static synchronized ExportDemo result() {
        if (result == null) {
            result = run();
        }
        return result;
    }

    /** An emulator on the small studio that completes aggregations at once. */
    public static EmulatorServer startServer() {
        try {
            return EmulatorServer.start(EmulatorConfig.builder().studio(STUDIO).inProgress(Duration.ZERO).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExportContext context() {
        return new ExportContext(query, names, farmName, "Demo studio", EXPORTED_AT, "test");
    }

    public SeriesSet series(ChartKind kind, GroupField dimension, Measure measure, int topN) {
        return new TopSeriesFold(dimension, measure, topN, kind.timing()).fold(rows);
    }

    /** The chart data as the window would compute it, with the display buckets a plot of 800 points holds. */
    public ChartData data(ChartKind kind, GroupField dimension, Measure measure, int topN) {
        return ChartData.of(rows, new ChartData.Request(kind, dimension, measure, topN, query.period(),
            query.offset(), query.range()), ChartData.maxBucketsFor(800));
    }

    public ChartSpec chart(ChartKind kind) {
        return ChartSpec.of(kind, data(kind, GroupField.USER_ID, Measure.COST_SUM, 6), context());
    }

    private static ExportDemo run() {
        try (EmulatorServer server = startServer();
             SdkDeadlineGateway gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
                 SdkClients.forLocalEndpoint(server.endpoint(), RetryMode.STANDARD, 0), RunTimings.fast(),
                 Clock.systemUTC())) {
            NamedResource farm = gateway.farms().stream()
                .filter(one -> one.displayName().startsWith("Tidewater")).findFirst().orElseThrow();
            List<String> queues = gateway.queues(farm.id()).stream().map(NamedResource::id)
                .collect(Collectors.toList());
            UtcOffset offset = UtcOffset.of(ZoneOffset.ofHours(-8));
            StatisticsQuery query = new StatisticsQuery(farm.id(), new ResourceSelection(ResourceKind.QUEUE, queues),
                new TimeRange(Instant.parse("2026-02-16T08:00:00Z"), Instant.parse("2026-03-18T08:00:00Z")), offset,
                Period.DAILY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID),
                EnumSet.of(Statistic.SUM, Statistic.AVG));
            List<CostRow> rows = new ArrayList<>();
            gateway.runAggregation(query, new AggregationListener() {
                @Override
                public void progress(RunProgress progress) {
                }

                @Override
                public void page(RowPage page) {
                    rows.addAll(page.rows());
                }
            }, () -> false);
            return new ExportDemo(query, List.copyOf(rows), gateway.displayNames(farm.id()), farm.displayName());
        }
    }
}
