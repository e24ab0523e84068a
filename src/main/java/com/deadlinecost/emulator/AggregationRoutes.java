package com.deadlinecost.emulator;

import com.deadlinecost.emulator.AggregationRegistry.Aggregation;
import com.deadlinecost.emulator.AggregationRegistry.Outcome;
import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.GroupField;
import com.deadlinecost.emulator.aggregation.ResourceKind;
import com.deadlinecost.emulator.aggregation.ResultTooLargeException;
import com.deadlinecost.emulator.aggregation.SessionAggregator;
import com.deadlinecost.emulator.aggregation.Statistic;
import com.deadlinecost.emulator.aggregation.StatisticsRow;
import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.EmulatorRequest;
import com.deadlinecost.emulator.http.JsonAnswer;
import com.deadlinecost.emulator.http.JsonBodies;
import com.deadlinecost.emulator.http.PageTokens;
import com.deadlinecost.emulator.studio.Studio;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/** StartSessionsStatisticsAggregation and GetSessionsStatisticsAggregation. */
final class AggregationRoutes {
    private final java.util.concurrent.atomic.LongAdder starts = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder gets = new java.util.concurrent.atomic.LongAdder();
    private static final Pattern PATH = Pattern.compile(
        ResourceRoutes.API + "/farms/([^/]+)/sessions-statistics-aggregation");
    private static final Pattern AGGREGATION_ID = Pattern.compile("[0-9a-f]{32}");
    private static final List<Statistic> STATISTIC_ORDER = List.of(Statistic.MIN, Statistic.MAX, Statistic.AVG,
        Statistic.SUM);
    private static final String[] STATISTIC_NAMES = STATISTIC_ORDER.stream()
        .map(statistic -> statistic.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private final Studio studio;
    private final EmulatorConfig config;
    private final PageTokens tokens;
    private final AggregationRegistry registry;

    AggregationRoutes(Studio studio, EmulatorConfig config, PageTokens tokens) {
        this.studio = studio;
        this.config = config;
        this.tokens = tokens;
        this.registry = new AggregationRegistry(config.clock(), config.inProgress(), EmulatorConfig.RESULT_LIFETIME);
    }

    /** Start and Get calls answered so far, for tests and benchmarks that count what a run asked. */
    AggregationCallCounts calls() {
        return new AggregationCallCounts(starts.sum(), gets.sum());
    }

    /** The answer, or null when the request is not for an aggregation route. */
    JsonAnswer handle(EmulatorRequest request) {
        Matcher match = PATH.matcher(request.path());
        if (!match.matches()) {
            return null;
        }
        String farmId = ResourceRoutes.ownedFarm(studio, config, match.group(1), "Reading usage of");
        switch (request.method()) {
            case "POST":
                starts.increment();
                return start(farmId, request);
            case "GET":
                gets.increment();
                return get(farmId, request);
            default:
                throw ApiErrors.validation("UNKNOWN_OPERATION", request.method() + " is not supported here.");
        }
    }

    private JsonAnswer start(String farmId, EmulatorRequest request) {
        AggregationRequest parsed = AggregationRequestParser.parse(farmId, request.body());
        Set<String> known = (parsed.resourceKind() == ResourceKind.QUEUE
            ? studio.queues(farmId).stream().map(queue -> queue.queueId())
            : studio.fleets(farmId).stream().map(fleet -> fleet.fleetId())).collect(Collectors.toSet());
        String type = parsed.resourceKind() == ResourceKind.QUEUE ? "queue" : "fleet";
        for (String id : parsed.resourceIds()) {
            if (!known.contains(id)) {
                throw ApiErrors.notFound(type, id);
            }
        }
        Aggregation aggregation = registry.start(parsed, () -> compute(parsed));
        ObjectNode body = JsonBodies.object();
        body.put("aggregationId", aggregation.id());
        return JsonAnswer.of(body);
    }

    private Outcome compute(AggregationRequest request) {
        if (config.faults().failAggregations() != null) {
            String status = config.faults().failAggregations().name();
            return new Outcome(status, "The emulator ends every aggregation as " + status
                + " (fault injection); restart it without --fail-aggregations for results.", List.of());
        }
        try {
            return new Outcome("COMPLETED", null,
                SessionAggregator.aggregate(studio.sessions(), request, config.resultRowLimit()));
        } catch (ResultTooLargeException e) {
            return new Outcome(config.oversizeOutcome().name(), "The result would have more than "
                + e.rowLimit() + " rows. Choose a shorter time range, fewer queues or fleets, fewer groupBy fields "
                + "or a longer period.", List.of());
        }
    }

    private JsonAnswer get(String farmId, EmulatorRequest request) {
        String aggregationId = request.queryValue("aggregationId");
        if (aggregationId == null || !AGGREGATION_ID.matcher(aggregationId).matches()) {
            throw ApiErrors.invalidField("aggregationId", "aggregationId must be 32 lowercase hex characters.");
        }
        int maxResults = request.maxResults(100);
        Aggregation aggregation = registry.get(farmId, aggregationId);
        if (aggregation.inProgress(registry.now())) {
            ObjectNode body = JsonBodies.object();
            body.put("status", "IN_PROGRESS");
            return JsonAnswer.of(body);
        }
        Outcome outcome = aggregation.outcome();
        PageTokens.Page<StatisticsRow> page = tokens.page(outcome.rows(), "aggregation:" + aggregationId,
            request.queryValue("nextToken"), maxResults);
        AggregationRequest asked = aggregation.request();
        // Written as it goes: a page of rows as a tree would cost a dozen nodes per row.
        return out -> {
            out.writeStartObject();
            out.writeName("statistics");
            out.writeStartArray();
            for (StatisticsRow row : page.items()) {
                writeRow(out, row, asked);
            }
            out.writeEndArray();
            if (page.nextToken() != null) {
                out.writeStringProperty("nextToken", page.nextToken());
            }
            out.writeStringProperty("status", outcome.status());
            if (outcome.statusMessage() != null) {
                out.writeStringProperty("statusMessage", outcome.statusMessage());
            }
            out.writeEndObject();
        };
    }

    private static void writeRow(JsonGenerator out, StatisticsRow row, AggregationRequest request) {
        out.writeStartObject();
        for (GroupField field : request.groupBy()) {
            String value = row.groupValue(field);
            if (value != null) {
                out.writeStringProperty(field.memberName(), value);
            }
        }
        if (row.jobName() != null) {
            out.writeStringProperty("jobName", row.jobName());
        }
        out.writeNumberProperty("count", row.count());
        writeStats(out, "costInUsd", row, request.statistics(), StatisticsRow::costInUsd);
        writeStats(out, "runtimeInSeconds", row, request.statistics(), StatisticsRow::runtimeInSeconds);
        out.writeStringProperty("aggregationStartTime", row.aggregationStartTime().toString());
        out.writeStringProperty("aggregationEndTime", row.aggregationEndTime().toString());
        out.writeEndObject();
    }

    private static void writeStats(JsonGenerator out, String name, StatisticsRow row, Set<Statistic> requested,
        ToDoubleBiFunction<StatisticsRow, Statistic> value) {
        out.writeName(name);
        out.writeStartObject();
        for (int index = 0; index < STATISTIC_ORDER.size(); index++) {
            Statistic statistic = STATISTIC_ORDER.get(index);
            if (requested.contains(statistic)) {
                out.writeNumberProperty(STATISTIC_NAMES[index], value.applyAsDouble(row, statistic));
            }
        }
        out.writeEndObject();
    }
}
