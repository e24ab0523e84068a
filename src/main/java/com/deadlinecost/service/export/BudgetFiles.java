package com.deadlinecost.service.export;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.ThresholdForecast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the budgets as {@code budgets.csv} and {@code budgets.json}, atomically, in the {@code budgets} order. */
public final class BudgetFiles {
    public static final List<String> HEADER = List.of("Farm", "Budget", "Queue", "State", "Limit (USD)",
        "Used (USD)", "Used %", "Remaining (USD)", "Start (UTC)", "End (UTC)", "Days left", "Projected (USD)",
        "Projected %", "Queue stops on", "Thresholds", "Queue stopped at");
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BudgetFiles() {
    }

    public static void writeCsv(Path file, List<BudgetLine> lines) throws ExportException {
        List<Object[]> rows = new ArrayList<>();
        for (BudgetLine line : lines) {
            Budget budget = line.budget();
            rows.add(new Object[] {CsvCells.text(line.farmName()), CsvCells.text(budget.displayName()),
                CsvCells.text(line.queueName()), line.state(), CsvCells.number(budget.limit()),
                CsvCells.number(budget.used()), CsvCells.number(round(budget.usedShare() * 100)),
                CsvCells.number(budget.remaining()), BudgetLine.day(budget.start()),
                BudgetLine.day(budget.end().minusSeconds(1)), line.daysLeft(),
                CsvCells.number(round(line.projection().projected())),
                CsvCells.number(round(line.projection().projectedShare() * 100)), line.stopDate(),
                CsvCells.text(line.thresholds()), budget.queueStoppedAt() == null ? null
                    : budget.queueStoppedAt().toString()});
        }
        CsvTable.write(file, HEADER, rows, false);
    }

    public static void writeJson(Path file, List<BudgetLine> lines, String connection) throws ExportException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("application", ResultJson.APPLICATION);
        root.put("connection", connection);
        root.put("note", "Costs are Deadline Cloud's estimates; projections assume the average daily pace since "
            + "each budget's window opened.");
        ArrayNode budgets = root.putArray("budgets");
        for (BudgetLine line : lines) {
            Budget budget = line.budget();
            ObjectNode node = budgets.addObject();
            node.put("farm", line.farmName());
            node.put("farmId", budget.farmId());
            node.put("budgetId", budget.budgetId());
            node.put("displayName", budget.displayName());
            node.put("queue", line.queueName());
            node.put("queueId", budget.queueId());
            node.put("state", line.state());
            node.put("limitUsd", budget.limit());
            node.put("usedUsd", budget.used());
            node.put("usedPercent", round(budget.usedShare() * 100));
            node.put("startTime", budget.start().toString());
            node.put("endTime", budget.end().toString());
            node.put("daysLeft", line.daysLeft());
            node.put("projectedUsd", round(line.projection().projected()));
            node.put("projectedPercent", round(line.projection().projectedShare() * 100));
            line.projection().stopDate().ifPresent(date -> node.put("queueStopsAt", date.toString()));
            if (budget.queueStoppedAt() != null) {
                node.put("queueStoppedAt", budget.queueStoppedAt().toString());
            }
            ArrayNode thresholds = node.putArray("thresholds");
            for (ThresholdForecast forecast : line.projection().thresholds()) {
                ObjectNode threshold = thresholds.addObject();
                threshold.put("type", forecast.action().type().name());
                threshold.put("thresholdPercent", forecast.action().thresholdPercent());
                threshold.put("reached", forecast.reached());
                if (forecast.date() != null) {
                    threshold.put("projectedAt", forecast.date().toString());
                }
            }
        }
        ExportFiles.write(file, out -> MAPPER.writeValue(out, root));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
