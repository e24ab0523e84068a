package com.deadlinecost.service.export;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.Anomaly.Contributor;
import com.deadlinecost.model.insight.Cents;
import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.GroupChange;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.service.export.RowsCsv.RowColumns;
import com.deadlinecost.service.insight.Comparison;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The investigation's CSV files: {@code changes.csv} (each group's change with its runtime and rate effects, in
 * dollars to the cent, and a total line), {@code anomalies.csv}, and the earlier-value columns a comparison adds to
 * the rows of {@code report.csv}.
 */
public final class InsightCsv {
    private InsightCsv() {
    }

    /** Writes each group's change and a final "Total" line whose effects are the sums of the groups' cents. */
    public static void writeChanges(Path file, ExportContext context, ChangeSummary changes, boolean byteOrderMark)
            throws ExportException {
        List<GroupField> fields = context.query().groupBy();
        List<String> header = RowsCsv.groupHeader(fields);
        header.addAll(List.of("Status", "Earlier cost (USD)", "Cost (USD)", "Change (USD)", "Change (%)",
            "Runtime effect (USD)", "Rate effect (USD)", "Earlier runtime (s)", "Runtime (s)"));
        List<Object[]> lines = new ArrayList<>();
        for (GroupChange change : changes.groups()) {
            List<Object> cells = RowsCsv.groupCells(change.group(), fields, context.names());
            cells.add(change.status().label());
            cells.addAll(List.of(usd(change.earlierCents()), usd(change.currentCents()), usd(change.changeCents())));
            cells.add(percent(change.changeCents(), change.earlierCents()));
            cells.addAll(List.of(usd(change.runtimeEffectCents()), usd(change.rateEffectCents())));
            cells.add(CsvCells.number(change.earlierRuntimeSeconds()));
            cells.add(CsvCells.number(change.currentRuntimeSeconds()));
            lines.add(cells.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add("Total");
        while (total.size() < RowsCsv.groupHeader(fields).size()) {
            total.add(null);
        }
        total.add("");
        total.addAll(List.of(usd(changes.earlierTotalCents()), usd(changes.currentTotalCents()),
            usd(changes.changeCents())));
        total.add(percent(changes.changeCents(), changes.earlierTotalCents()));
        total.addAll(List.of(usd(changes.runtimeEffectCents()), usd(changes.rateEffectCents())));
        total.add(CsvCells.number(changes.groups().stream().mapToDouble(GroupChange::earlierRuntimeSeconds).sum()));
        total.add(CsvCells.number(changes.groups().stream().mapToDouble(GroupChange::currentRuntimeSeconds).sum()));
        lines.add(total.toArray());
        RowsCsv.writeTable(file, header, lines, byteOrderMark);
    }

    /** Writes one line per anomaly, largest excess first. */
    public static void writeAnomalies(Path file, ExportContext context, List<Anomaly> anomalies,
                                      boolean byteOrderMark) throws ExportException {
        List<GroupField> fields = anomalyFields(context, anomalies);
        List<String> header = new ArrayList<>(List.of("Kind"));
        header.addAll(RowsCsv.groupHeader(fields));
        header.addAll(List.of("Start", "End", "Actual (USD)", "Expected (USD)", "Excess (USD)", "Score",
            "Top contributor", "Top contributor ID", "Top contributor cost (USD)", "Detail"));
        List<Object[]> lines = new ArrayList<>();
        for (Anomaly anomaly : anomalies) {
            List<Object> cells = new ArrayList<>();
            cells.add(anomaly.kind().label());
            cells.addAll(RowsCsv.groupCells(anomaly.group(), fields, context.names()));
            cells.add(RowsCsv.isoTime(anomaly.start(), context));
            cells.add(RowsCsv.isoTime(anomaly.end(), context));
            cells.add(usd(Cents.of(anomaly.actualUsd())));
            cells.add(usd(Cents.of(anomaly.expectedUsd())));
            cells.add(usd(Cents.of(anomaly.excessUsd())));
            cells.add(CsvCells.number(Math.round(anomaly.score() * 10) / 10.0));
            if (anomaly.contributors().isEmpty()) {
                cells.addAll(Arrays.asList(null, null, null));
            } else {
                Contributor top = anomaly.contributors().get(0);
                GroupField field = top.group().fields().get(0);
                cells.add(CsvCells.text(context.names().name(top.group(), field)));
                cells.add(CsvCells.text(top.group().valueOrNull(field)));
                cells.add(usd(Cents.of(top.costUsd())));
            }
            cells.add(CsvCells.text(anomaly.detail()));
            lines.add(cells.toArray());
        }
        RowsCsv.writeTable(file, header, lines, byteOrderMark);
    }

    /** The query's fields, then any field a runaway's group adds (queue and job). */
    static List<GroupField> anomalyFields(ExportContext context, List<Anomaly> anomalies) {
        List<GroupField> fields = new ArrayList<>(context.query().groupBy());
        for (Anomaly anomaly : anomalies) {
            for (GroupField field : anomaly.group().fields()) {
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /**
     * The columns a comparison adds to each row: the aligned earlier bucket's cost of the same group (day N with
     * day N), the change, and the change in percent. A row without an earlier partner gets empty cells.
     */
    public static RowColumns comparedColumns(Comparison comparison, ExportContext context) {
        Map<GroupKey, Map<Instant, Double>> earlier = new HashMap<>();
        for (CostRow row : comparison.earlierRows()) {
            comparison.alignment().currentFor(row.bucketStart()).ifPresent(start -> earlier
                .computeIfAbsent(row.group(), key -> new HashMap<>()).merge(start, row.costTotal(), Double::sum));
        }
        return new RowColumns() {
            @Override
            public List<String> header() {
                return List.of("Earlier cost (USD)", "Change (USD)", "Change (%)",
                    "Earlier bucket start");
            }

            @Override
            public List<Object> cells(CostRow row) {
                List<Object> cells = new ArrayList<>();
                Instant earlierStart = comparison.alignment().earlierFor(row.bucketStart()).orElse(null);
                if (earlierStart == null) {
                    cells.addAll(Arrays.asList(null, null, null, null));
                    return cells;
                }
                long before = Cents.of(earlier.getOrDefault(row.group(), Map.of()).getOrDefault(row.bucketStart(),
                    0.0));
                long now = Cents.of(row.costTotal());
                cells.add(usd(before));
                cells.add(usd(now - before));
                cells.add(percent(now - before, before));
                cells.add(RowsCsv.isoTime(earlierStart, context));
                return cells;
            }
        };
    }

    private static BigDecimal usd(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal percent(long change, long base) {
        return base == 0 ? null : BigDecimal.valueOf(Math.round(10_000.0 * change / base), 2);
    }
}
