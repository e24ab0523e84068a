package com.deadlinecost.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints figures as a Markdown table, so the output can be pasted into BENCHMARKS.md as it is. */
final class FigureTable {
    private static final String[] HEADER = {"Figure", "Measured", "Baseline", "Ratio", "Target", "Result"};

    private final List<Figure> figures = new ArrayList<>();

    void add(Figure figure) {
        figures.add(figure);
    }

    void addAll(List<Figure> more) {
        figures.addAll(more);
    }

    boolean anyFailed() {
        return figures.stream().anyMatch(Figure::failed);
    }

    void print(PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Figure figure : figures) {
            lines.add(new String[] {figure.name(), figure.measured(), figure.baseline(), figure.ratioText(),
                figure.target(), figure.verdict()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : lines) {
            for (int column = 0; column < line.length; column++) {
                widths[column] = Math.max(widths[column], line[column].length());
            }
        }
        for (int index = 0; index < lines.size(); index++) {
            out.println(format(lines.get(index), widths));
            if (index == 0) {
                String[] rule = new String[widths.length];
                for (int column = 0; column < widths.length; column++) {
                    rule[column] = "-".repeat(widths[column]);
                }
                out.println(format(rule, widths));
            }
        }
        out.flush();
    }

    private static String format(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int column = 0; column < cells.length; column++) {
            line.append(' ').append(cells[column]).append(" ".repeat(widths[column] - cells[column].length()))
                .append(" |");
        }
        return line.toString();
    }
}
