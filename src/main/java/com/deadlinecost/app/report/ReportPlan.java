package com.deadlinecost.app.report;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.export.report.ReportChart;
import com.deadlinecost.service.export.report.ReportFormat;
import com.deadlinecost.service.platform.TerminalText;
import com.deadlinecost.service.settings.SavedQuery;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.service.views.QueryForms;
import com.deadlinecost.service.views.SavedView;
import com.deadlinecost.service.views.ViewFiles;
import com.deadlinecost.service.views.ViewLoadResult;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What one report run does, read from the command's options or from a saved view: where to connect, which
 * farm and queues or fleets (names or ids, resolved later against the connection), the rest of the query,
 * the formats and the chart. Every problem is an IllegalArgumentException with a message for the user.
 */
record ReportPlan(ConnectionTarget target, URI endpoint, String connection, String farm, ResourceKind kind,
                  List<String> resourceNames, TimeRange range, UtcOffset offset, Period period,
                  List<GroupField> groupBy, Set<Statistic> statistics, Set<ReportFormat> formats,
                  Function<StatisticsQuery, ReportChart> chartOf) {

    ReportChart chart(StatisticsQuery query) {
        return chartOf.apply(query);
    }

    static ReportPlan fromOptions(ReportCommand options) {
        options.checkChartOptions();
        ResourceKind kind = options.kind();
        UtcOffset offset = ReportArguments.offset(options.tz);
        List<GroupField> groupBy = options.groupBy == null ? List.of(kind.idField())
            : ReportArguments.groupBy(options.groupBy);
        ConnectionTarget target = connection(options, null);
        return new ReportPlan(target, options.connection.endpoint(), options.connection.describe(target),
            options.farm, kind,
            ReportArguments.list(kind == ResourceKind.FLEET ? options.fleets : options.queues),
            options.range(offset), offset, ReportArguments.period(options.period), groupBy,
            ReportArguments.statistics(options.statistics), ReportArguments.formats(options.format),
            query -> options.chartFor(query, ChartKind.RANKED_BARS, null, Measure.COST_SUM,
                ViewSettings.DEFAULT_TOP_N));
    }

    static ReportPlan fromView(ReportCommand options, Clock clock, PrintWriter err) {
        options.checkChartOptions();
        if (options.farm != null || options.queues != null || options.fleets != null || options.from != null
            || options.to != null || options.groupBy != null) {
            throw new IllegalArgumentException("--view holds the query: leave out --farm, --queues, --fleets, "
                + "--from, --to and --group-by, or leave out --view");
        }
        ViewLoadResult loaded = ViewFiles.load(options.view);
        if (loaded.failed()) {
            throw new IllegalArgumentException(loaded.error().orElse("The view cannot be read"));
        }
        loaded.warnings().forEach(warning -> err.println("Note: " + TerminalText.oneLine(warning)));
        SavedView view = loaded.view().orElseThrow();
        StatisticsQuery query = QueryForms.restore(allWhenNoneChosen(view.query()), clock).query();
        ConnectionTarget target = connection(options, view);
        ViewSettings settings = view.settings();
        return new ReportPlan(target, options.connection.endpoint(), options.connection.describe(target),
            query.farmId(),
            query.resourceKind(), query.resources().ids(), query.range(), query.offset(), query.period(),
            query.groupBy(), query.statistics(), ReportArguments.formats(options.format),
            restored -> options.chartFor(restored, orDefault(ChartKind.class, settings.chartType(),
                ChartKind.RANKED_BARS), orDefault(GroupField.class, settings.dimension(), null),
                orDefault(Measure.class, settings.measure(), Measure.COST_SUM), settings.topN()));
    }

    // A view that names no queues or fleets reports on all of them, as --queues all does.
    private static SavedQuery allWhenNoneChosen(SavedQuery saved) {
        if (!saved.resourceIds().isEmpty()) {
            return saved;
        }
        return new SavedQuery(saved.farmId(), saved.resourceKind(), List.of(ReportResources.ALL), saved.preset(),
            saved.customStart(), saved.customEnd(), saved.offset(), saved.period(), saved.groupBy(),
            saved.statistics(), saved.compareWith());
    }

    private static ConnectionTarget connection(ReportCommand options, SavedView view) {
        ConnectionTarget target = options.connection.chosenTarget();
        if (target != null || options.connection.endpoint() != null) {
            return target;
        }
        if (view != null && view.connection() != null && view.connection().target().isPresent()) {
            return view.connection().target().get();
        }
        throw new IllegalArgumentException("Choose a connection: --demo, --profile P --region R, --region R "
            + "(default credentials) or --endpoint URL");
    }

    private static <E extends Enum<E>> E orDefault(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
