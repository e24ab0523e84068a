package com.deadlinecost.present.chart;

import java.util.ArrayList;
import java.util.List;

/** Fitting text into widths measured on a surface: truncation with an ellipsis and word wrapping. */
final class TextFit {
    private static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /** {@code text}, shortened with an ellipsis when wider than {@code width}. */
    static String fit(ChartSurface surface, ChartSurface.TextStyle font, String text, double width) {
        if (surface.textWidth(text, font) <= width) {
            return text;
        }
        int length = text.length();
        while (length > 0 && surface.textWidth(text.substring(0, length) + ELLIPSIS, font) > width) {
            length--;
        }
        return length == 0 ? "" : text.substring(0, length).stripTrailing() + ELLIPSIS;
    }

    /** {@code text} broken into lines no wider than {@code width} at spaces. */
    static List<String> wrap(ChartSurface surface, ChartSurface.TextStyle font, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (surface.textWidth(candidate, font) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
