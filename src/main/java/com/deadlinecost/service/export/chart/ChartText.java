package com.deadlinecost.service.export.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Fitting text into widths: truncation with an ellipsis and word wrapping. */
final class ChartText {
    private static final String ELLIPSIS = "\u2026";

    private ChartText() {
    }

    /** {@code text}, shortened with an ellipsis when wider than {@code width} in the current font. */
    static String fit(Graphics2D g, String text, double width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int length = text.length();
        while (length > 0 && metrics.stringWidth(text.substring(0, length) + ELLIPSIS) > width) {
            length--;
        }
        return length == 0 ? "" : text.substring(0, length).stripTrailing() + ELLIPSIS;
    }

    /** {@code text} broken into lines no wider than {@code width} at spaces. */
    static List<String> wrap(Graphics2D g, String text, double width) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && line.length() > 0) {
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

    static void drawRight(Graphics2D g, String text, double right, double baseline) {
        g.drawString(text, (float) (right - g.getFontMetrics().stringWidth(text)), (float) baseline);
    }

    static void drawCentred(Graphics2D g, String text, double centre, double baseline) {
        g.drawString(text, (float) (centre - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }
}
