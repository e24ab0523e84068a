package com.deadlinecost.service.export;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.Anomaly.Contributor;
import com.deadlinecost.model.insight.Cents;
import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.GroupChange;
import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBacktest;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.service.insight.Comparison;
import com.deadlinecost.service.insight.ProjectionSummary;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The investigation's members of {@code report.json}: the comparison, the anomalies and the projection. */
public final class InsightJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InsightJson() {
    }

    /** The comparison: the earlier range, the totals and each group's change with its effects, in dollars. */
    public static ObjectNode comparison(Comparison comparison, ExportContext context) {
        ObjectNode node = NODES.objectNode();
        node.put("compareWith", comparison.with().option());
        node.put("earlierStartTime", comparison.earlierQuery().range().start().toString());
        node.put("earlierEndTime", comparison.earlierQuery().range().end().toString());
        ChangeSummary changes = comparison.changes();
        node.put("earlierCostInUsd", usd(changes.earlierTotalCents()));
        node.put("costInUsd", usd(changes.currentTotalCents()));
        node.put("changeInUsd", usd(changes.changeCents()));
        node.put("runtimeEffectInUsd", usd(changes.runtimeEffectCents()));
        node.put("rateEffectInUsd", usd(changes.rateEffectCents()));
        ArrayNode groups = node.putArray("groups");
        for (GroupChange change : changes.groups()) {
            ObjectNode group = group(change.group(), context);
            group.put("status", change.status().name());
            group.put("earlierCostInUsd", usd(change.earlierCents()));
            group.put("costInUsd", usd(change.currentCents()));
            group.put("changeInUsd", usd(change.changeCents()));
            group.put("runtimeEffectInUsd", usd(change.runtimeEffectCents()));
            group.put("rateEffectInUsd", usd(change.rateEffectCents()));
            groups.add(group);
        }
        return node;
    }

    /** The anomalies, largest excess first. */
    public static ArrayNode anomalies(List<Anomaly> anomalies, ExportContext context) {
        ArrayNode array = NODES.arrayNode();
        for (Anomaly anomaly : anomalies) {
            ObjectNode node = group(anomaly.group(), context);
            node.put("kind", anomaly.kind().name());
            node.put("startTime", anomaly.start().toString());
            node.put("endTime", anomaly.end().toString());
            node.put("actualInUsd", usd(Cents.of(anomaly.actualUsd())));
            node.put("expectedInUsd", usd(Cents.of(anomaly.expectedUsd())));
            node.put("excessInUsd", usd(Cents.of(anomaly.excessUsd())));
            node.put("score", anomaly.score());
            node.put("detail", anomaly.detail());
            ArrayNode contributors = node.putArray("contributors");
            for (Contributor contributor : anomaly.contributors()) {
                ObjectNode item = group(contributor.group(), context);
                item.put("costInUsd", usd(Cents.of(contributor.costUsd())));
                contributors.add(item);
            }
            array.add(node);
        }
        return array;
    }

    /** The projection: the total's, each group's, and the backtest with its mean absolute percentage error. */
    public static ObjectNode projection(ProjectionSummary summary, ExportContext context) {
        ObjectNode node = projection(summary.total());
        summary.toRangeEnd().ifPresent(toEnd -> node.set("toRangeEnd", projection(toEnd)));
        ArrayNode groups = node.putArray("groups");
        for (Projection group : summary.groups()) {
            ObjectNode item = group(group.group(), context);
            item.setAll(projection(group));
            groups.add(item);
        }
        ProjectionBacktest backtest = summary.backtest();
        ObjectNode test = node.putObject("backtest");
        test.put("method", "Projection made at the end of day " + ProjectionBacktest.DAY + " of each of the last "
            + ProjectionBacktest.MONTHS + " complete months, against the month's actual total");
        test.put("meanAbsolutePercentageError", backtest.meanAbsolutePercentageError());
        test.put("monthsInsideInterval", backtest.covered());
        ArrayNode months = test.putArray("months");
        for (ProjectionBacktest.Month month : backtest.months()) {
            ObjectNode item = months.addObject();
            item.put("month", month.month().toString());
            item.put("projectedInUsd", usd(Cents.of(month.projection().projectedUsd())));
            item.put("low80InUsd", usd(Cents.of(month.projection().lowUsd())));
            item.put("high80InUsd", usd(Cents.of(month.projection().highUsd())));
            item.put("actualInUsd", usd(Cents.of(month.actualUsd())));
            item.put("absolutePercentageError", month.absolutePercentageError());
        }
        return node;
    }

    private static ObjectNode projection(Projection projection) {
        ObjectNode node = NODES.objectNode();
        node.put("asOf", projection.asOf().toString());
        node.put("target", projection.target().toString());
        node.put("monthToDateInUsd", usd(Cents.of(projection.monthToDateUsd())));
        node.put("projectedInUsd", usd(Cents.of(projection.projectedUsd())));
        node.put("low80InUsd", usd(Cents.of(projection.lowUsd())));
        node.put("high80InUsd", usd(Cents.of(projection.highUsd())));
        return node;
    }

    private static ObjectNode group(GroupKey key, ExportContext context) {
        ObjectNode node = NODES.objectNode();
        for (GroupField field : key.fields()) {
            String value = key.valueOrNull(field);
            node.put(ResultJson.memberName(field), value);
            if (value != null) {
                node.put(ResultJson.memberName(field).replace("Id", "") + "Name", context.names().name(key, field));
            }
        }
        return node;
    }

    private static BigDecimal usd(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
