package com.deadlinecost.emulator;

import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.GroupField;
import com.deadlinecost.emulator.aggregation.Period;
import com.deadlinecost.emulator.aggregation.ResourceKind;
import com.deadlinecost.emulator.aggregation.Statistic;
import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.ApiException;
import com.deadlinecost.emulator.http.JsonBodies;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads and validates a StartSessionsStatisticsAggregation body as the service does, member by member. */
final class AggregationRequestParser {
    private static final Pattern TIMEZONE = Pattern.compile("UTC[-+][01][0-9]:(30|00)");
    private static final int MAX_RESOURCE_IDS = 10;
    /** Times the emulator accepts: wide enough for any studio, narrow enough that no arithmetic can overflow. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    /** Buckets per aggregation (hourly over about eleven years); beyond, the answer would not fit in memory. */
    static final long MAX_BUCKETS = 100_000;

    private AggregationRequestParser() {
    }

    static AggregationRequest parse(String farmId, byte[] body) {
        JsonNode root;
        try {
            root = JsonBodies.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ApiErrors.validation("CANNOT_PARSE", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiErrors.validation("CANNOT_PARSE", "The request body must be a JSON object.");
        }
        JsonNode resources = root.get("resourceIds");
        if (resources == null || !resources.isObject() || resources.size() != 1
            || !(resources.has("queueIds") || resources.has("fleetIds"))) {
            throw ApiErrors.invalidField("resourceIds", "resourceIds must hold exactly one of queueIds or fleetIds.");
        }
        ResourceKind kind = resources.has("queueIds") ? ResourceKind.QUEUE : ResourceKind.FLEET;
        String member = kind == ResourceKind.QUEUE ? "queueIds" : "fleetIds";
        String prefix = kind == ResourceKind.QUEUE ? "queue" : "fleet";
        List<String> ids = strings(resources.get(member), "resourceIds." + member, 1, MAX_RESOURCE_IDS,
            id -> ResourceRoutes.checkId("resourceIds." + member, prefix, id));
        Instant start = timestamp(root, "startTime");
        Instant end = timestamp(root, "endTime");
        if (!start.isBefore(end)) {
            throw ApiErrors.invalidField("startTime", "startTime " + start + " must be before endTime " + end + ".");
        }
        ZoneOffset offset = timezone(root.get("timezone"));
        Period period = root.hasNonNull("period")
            ? enumValue(Period.class, root.get("period"), "period") : null;
        checkBuckets(start, end, period);
        List<GroupField> groupBy = strings(root.get("groupBy"), "groupBy", 1, 2,
            value -> enumValue(GroupField.class, value, "groupBy"));
        List<Statistic> statistics = strings(root.get("statistics"), "statistics", 1, 4,
            value -> enumValue(Statistic.class, value, "statistics"));
        if (new LinkedHashSet<>(groupBy).size() != groupBy.size()) {
            throw ApiErrors.invalidField("groupBy", "groupBy must not repeat a field.");
        }
        return new AggregationRequest(farmId, kind, new LinkedHashSet<>(ids), start, end, offset, period, groupBy,
            Set.copyOf(statistics));
    }

    private static <T> List<T> strings(JsonNode node, String field, int min, int max, Function<String, T> convert) {
        if (node == null || !node.isArray() || node.size() < min || node.size() > max) {
            throw ApiErrors.invalidField(field, field + " must be a list of " + min + " to " + max + " items.");
        }
        List<T> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw ApiErrors.invalidField(field, field + " must hold strings.");
            }
            values.add(convert.apply(item.stringValue()));
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field) {
        if (!node.isString()) {
            throw ApiErrors.invalidField(field, field + " must be a string.");
        }
        return enumValue(type, node.stringValue(), field);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException ignored) {
            throw ApiErrors.invalidField(field, "'" + value + "' is not a valid " + field + " value.");
        }
    }

    /** ISO-8601 strings as the SDK sends them; epoch seconds are accepted too, as the service does. */
    private static Instant timestamp(JsonNode root, String field) {
        JsonNode node = root.get(field);
        Instant time;
        try {
            if (node != null && node.isString()) {
                time = OffsetDateTime.parse(node.stringValue()).toInstant();
            } else if (node != null && node.isNumber()) {
                BigDecimal seconds = node.decimalValue();
                if (seconds.abs().compareTo(BigDecimal.valueOf(LATEST.getEpochSecond())) > 0) {
                    throw outOfRange(field);
                }
                time = Instant.ofEpochMilli(seconds.movePointRight(3).longValueExact());
            } else {
                throw ApiErrors.invalidField(field, field + " is required.");
            }
        } catch (DateTimeException | ArithmeticException ignored) {
            throw ApiErrors.invalidField(field, field + " is not an ISO-8601 timestamp.");
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw outOfRange(field);
        }
        return time;
    }

    private static ApiException outOfRange(String field) {
        return ApiErrors.invalidField(field, field + " must lie between " + EARLIEST + " and " + LATEST + ".");
    }

    /** Refuses a range of more buckets than {@link #MAX_BUCKETS}, counted by arithmetic, before any is made. */
    private static void checkBuckets(Instant start, Instant end, Period period) {
        if (period == null) {
            return;
        }
        long hours = Duration.between(start, end).toHours();
        long buckets;
        switch (period) {
            case HOURLY:
                buckets = hours;
                break;
            case DAILY:
                buckets = hours / 24;
                break;
            case WEEKLY:
                buckets = hours / (24 * 7);
                break;
            default:
                buckets = hours / (24 * 28);
                break;
        }
        if (buckets > MAX_BUCKETS) {
            throw ApiErrors.invalidField("endTime", "The range holds about " + buckets + " " + period
                + " buckets; an aggregation may hold at most " + MAX_BUCKETS + ". Shorten the range or use a "
                + "longer period.");
        }
    }

    private static ZoneOffset timezone(JsonNode node) {
        if (node == null || node.isNull()) {
            return ZoneOffset.UTC;
        }
        String value = node.isString() ? node.stringValue() : node.toString();
        ApiException invalid = ApiErrors.invalidField("timezone",
            "timezone '" + value + "' must look like UTC+05:30 or UTC-08:00 (a fixed offset, 9 characters).");
        if (!TIMEZONE.matcher(value).matches()) {
            throw invalid;
        }
        try {
            return ZoneOffset.of(value.substring(3));
        } catch (DateTimeException ignored) {
            throw invalid;
        }
    }
}
