package com.deadlinecost.service.export;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.StatisticValues;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The full result as JSON: export metadata, the query in the shape of the API's request, the rows in the
 * shape GetSessionsStatisticsAggregation returns them ({@code queueId}, ..., {@code count},
 * {@code costInUsd} and {@code runtimeInSeconds} with only the present statistics,
 * {@code aggregationStartTime}/{@code EndTime} in UTC), and the display names of the ids in them.
 */
public final class ResultJson {
    /** The application name written into the metadata. */
    public static final String APPLICATION = "Deadline Cost Explorer";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultJson() {
    }

    /** Writes the result to {@code file}, atomically. */
    public static void write(Path file, ExportContext context, List<? extends CostRow> rows) throws ExportException {
        ObjectNode root = toJson(context, rows);
        ExportFiles.write(file, out -> MAPPER.writeValue(out, root));
    }

    /** The document {@link #write} writes. */
    public static ObjectNode toJson(ExportContext context, List<? extends CostRow> rows) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode metadata = root.putObject("exportMetadata");
        metadata.put("application", APPLICATION);
        metadata.put("appVersion", context.appVersion());
        metadata.put("exportedAt", context.exportedAt().toString());
        metadata.put("connection", context.connection());
        metadata.put("farmName", context.farmName());
        metadata.put("rowCount", rows.size());
        metadata.put("note", ExportContext.COST_NOTE);
        root.set("query", query(context.query()));
        ArrayNode statistics = root.putArray("statistics");
        for (CostRow row : rows) {
            statistics.add(row(row));
        }
        root.set("displayNames", displayNames(context, rows));
        return root;
    }

    /** The API's JSON member name of a group field, e.g. {@code queueId}, {@code instanceType}. */
    public static String memberName(GroupField field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int index = 1; index < words.length; index++) {
            name.append(Character.toUpperCase(words[index].charAt(0))).append(words[index].substring(1));
        }
        return name.toString();
    }

    private static ObjectNode query(StatisticsQuery query) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("farmId", query.farmId());
        ArrayNode ids = node.putObject("resourceIds").putArray(memberName(query.resourceKind().idField()) + "s");
        query.resources().ids().forEach(ids::add);
        node.put("startTime", query.range().start().toString());
        node.put("endTime", query.range().end().toString());
        node.put("timezone", query.offset().toApiString());
        node.put("period", query.period().name());
        ArrayNode groupBy = node.putArray("groupBy");
        query.groupBy().forEach(field -> groupBy.add(field.name()));
        ArrayNode statistics = node.putArray("statistics");
        query.statistics().forEach(statistic -> statistics.add(statistic.name()));
        return node;
    }

    private static ObjectNode row(CostRow row) {
        ObjectNode node = MAPPER.createObjectNode();
        for (GroupField field : row.group().fields()) {
            row.value(field).ifPresent(value -> node.put(memberName(field), value));
        }
        row.group().jobName().ifPresent(name -> node.put("jobName", name));
        node.put("count", row.count());
        if (!row.statistics().isEmpty()) {
            node.set("costInUsd", statistics(row, row.costValues()));
            node.set("runtimeInSeconds", statistics(row, row.runtimeValues()));
        }
        node.put("aggregationStartTime", row.bucketStart().toString());
        node.put("aggregationEndTime", row.bucketEnd().toString());
        return node;
    }

    private static ObjectNode statistics(CostRow row, StatisticValues values) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Statistic statistic : new Statistic[] {Statistic.MIN, Statistic.MAX, Statistic.AVG, Statistic.SUM}) {
            if (row.has(statistic)) {
                node.put(statistic.name().toLowerCase(Locale.ROOT), values.get(statistic));
            }
        }
        return node;
    }

    private static ObjectNode displayNames(ExportContext context, List<? extends CostRow> rows) {
        ObjectNode node = MAPPER.createObjectNode();
        GroupField resourceField = context.query().resourceKind().idField();
        for (String id : context.query().resources().ids()) {
            addName(node, context, resourceField, id);
        }
        for (CostRow row : rows) {
            for (GroupField field : row.group().fields()) {
                row.value(field).ifPresent(id -> addName(node, context, field, id));
            }
        }
        return node;
    }

    private static void addName(ObjectNode node, ExportContext context, GroupField field, String id) {
        if (context.names().knows(field, id)) {
            ObjectNode ofField = node.has(memberName(field)) ? (ObjectNode) node.get(memberName(field))
                : node.putObject(memberName(field));
            ofField.put(id, context.names().name(field, id));
        }
    }
}
