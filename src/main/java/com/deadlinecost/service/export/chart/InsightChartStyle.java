package com.deadlinecost.service.export.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * The look the investigation's report charts (waterfall, projection) share with the other exported charts: white
 * background, the same text colours and font family, and text that is shortened rather than clipped.
 */
final class InsightChartStyle {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5b, 0x63, 0x6e);
    static final Color AXIS = new Color(0x9a, 0xa1, 0xab);
    private static final String ELLIPSIS = "\u2026";

    private InsightChartStyle() {
    }

    /** The margin around a chart of this size. */
    static double pad(double width, double height) {
        return Math.max(16, Math.min(width, height) * 0.035);
    }

    /** Clears the chart and draws its title and subtitle; returns the subtitle's baseline. */
    static double header(Graphics2D g, String title, String subtitle, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double pad = pad(width, height);
        g.setFont(font(20, true));
        g.setColor(TEXT);
        double baseline = pad + g.getFontMetrics().getAscent();
        g.drawString(fit(g, title, width - 2 * pad), (float) pad, (float) baseline);
        g.setFont(font(12.5f, false));
        g.setColor(MUTED);
        baseline += g.getFontMetrics().getHeight() + 6;
        g.drawString(fit(g, subtitle, width - 2 * pad), (float) pad, (float) baseline);
        return baseline;
    }

    static Font font(float size, boolean bold) {
        return new Font(Graphics2DSurface.FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
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

    static void drawRight(Graphics2D g, String text, double right, double baseline) {
        g.drawString(text, (float) (right - g.getFontMetrics().stringWidth(text)), (float) baseline);
    }

    static void drawCentred(Graphics2D g, String text, double centre, double baseline) {
        g.drawString(text, (float) (centre - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }
}
