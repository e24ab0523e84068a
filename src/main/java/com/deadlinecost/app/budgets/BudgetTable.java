package com.deadlinecost.app.budgets;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.service.export.BudgetLine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The budgets as an aligned plain-text table, for a terminal or a cron mail. */
final class BudgetTable {
    private static final List<String> HEADER = List.of("Farm", "Budget", "Queue", "State", "Limit", "Used",
        "Used %", "Projected %", "Days left", "Queue stops on", "Thresholds");

    private BudgetTable() {
    }

    static void print(PrintWriter out, List<BudgetLine> lines) {
        if (lines.isEmpty()) {
            out.println("No budgets.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (BudgetLine line : lines) {
            Budget budget = line.budget();
            rows.add(List.of(line.farmName(), budget.displayName(), line.queueName(), line.state(),
                money(budget.limit()), money(budget.used()), percent(budget.usedShare() * 100),
                percent(line.projection().projectedShare() * 100), Long.toString(line.daysLeft()),
                line.stopDate().isEmpty() ? "-" : line.stopDate(), line.thresholds()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder text = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                boolean number = column >= 4 && column <= 8;
                String pad = " ".repeat(widths[column] - cell.length());
                text.append(number ? pad + cell : column == row.size() - 1 ? cell : cell + pad);
                if (column < row.size() - 1) {
                    text.append("  ");
                }
            }
            out.println(text);
        }
    }

    static String money(double dollars) {
        return String.format(Locale.US, "$%,.2f", dollars);
    }

    static String percent(double value) {
        return String.format(Locale.US, "%.0f %%", value);
    }
}
