package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.ChangeSummary.WaterfallStep;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * "What changed": a waterfall from the earlier total to the current total, one step per group (the largest changes,
 * the rest as "Other"), rises in orange and falls in green, each step labelled with its change and its split into
 * runtime and rate effects.
 */
public final class WaterfallChart {
    private static final Color RISE = new Color(0xf3, 0x62, 0x2d);
    private static final Color FALL = new Color(0x57, 0xb7, 0x57);
    private static final Color TOTAL = new Color(0x42, 0x58, 0xc9);

    private final String title;
    private final String subtitle;
    private final List<String> labels = new ArrayList<>();
    private final List<Double> deltas = new ArrayList<>();
    private final List<String> effects = new ArrayList<>();
    private final double earlier;
    private final double current;

    /**
     * The waterfall of {@code changes} with {@code topN} groups of their own.
     *
     * @param subtitle what is compared with what, in words
     */
    public WaterfallChart(ChangeSummary changes, int topN, DisplayNames names, String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
        this.earlier = changes.earlierTotalCents() / 100.0;
        this.current = changes.currentTotalCents() / 100.0;
        for (WaterfallStep step : changes.waterfall(topN)) {
            labels.add(step.group().map(names::label).orElse(DisplayNames.OTHER_LABEL));
            deltas.add(step.changeCents() / 100.0);
            effects.add("runtime " + signedCompact(step.runtimeEffectCents() / 100.0) + "\nrate "
                + signedCompact(step.rateEffectCents() / 100.0));
        }
    }

    /** The chart's title. */
    public String title() {
        return title;
    }

    /** Paints the chart into (0, 0, width, height). */
    public void paint(Graphics2D g, double width, double height) {
        double pad = InsightChartStyle.pad(width, height);
        double baseline = InsightChartStyle.header(g, title, subtitle, width, height);
        Rectangle2D plot = new Rectangle2D.Double(pad + 60, baseline + 30, width - 2 * pad - 60,
            height - baseline - 30 - pad - 70);
        paintBars(g, plot);
    }

    private void paintBars(Graphics2D g, Rectangle2D plot) {
        int bars = labels.size() + 2;
        double low = Math.min(0, Math.min(earlier, current));
        double high = Math.max(earlier, current);
        double running = earlier;
        for (double delta : deltas) {
            running += delta;
            low = Math.min(low, running);
            high = Math.max(high, running);
        }
        high = high <= low ? low + 1 : high * 1.08;
        double slot = plot.getWidth() / bars;
        double barWidth = slot * 0.62;
        g.setColor(InsightChartStyle.AXIS);
        double zero = y(0, low, high, plot);
        g.draw(new Line2D.Double(plot.getX(), zero, plot.getMaxX(), zero));
        g.setFont(InsightChartStyle.font(11, false));
        InsightChartStyle.drawRight(g, Formats.moneyCompact(high), plot.getX() - 6, plot.getY() + 4);
        InsightChartStyle.drawRight(g, Formats.moneyCompact(low), plot.getX() - 6, zero + 4);
        bar(g, plot, 0, slot, barWidth, 0, earlier, low, high, TOTAL, "Earlier", money(earlier), "");
        running = earlier;
        for (int i = 0; i < deltas.size(); i++) {
            double next = running + deltas.get(i);
            bar(g, plot, i + 1, slot, barWidth, running, next, low, high, deltas.get(i) >= 0 ? RISE : FALL,
                labels.get(i), signedMoney(deltas.get(i)), effects.get(i));
            g.setColor(InsightChartStyle.AXIS);
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3},
                0));
            double level = y(next, low, high, plot);
            g.draw(new Line2D.Double(plot.getX() + slot * (i + 1) + (slot + barWidth) / 2, level,
                plot.getX() + slot * (i + 2) + (slot - barWidth) / 2, level));
            g.setStroke(new BasicStroke(1f));
            running = next;
        }
        bar(g, plot, bars - 1, slot, barWidth, 0, current, low, high, TOTAL, "Now", money(current), "");
    }

    private void bar(Graphics2D g, Rectangle2D plot, int index, double slot, double barWidth, double from,
                     double to, double low, double high, Color colour, String label, String value, String effect) {
        double x = plot.getX() + slot * index + (slot - barWidth) / 2;
        double top = y(Math.max(from, to), low, high, plot);
        double bottom = y(Math.min(from, to), low, high, plot);
        g.setColor(colour);
        g.fill(new Rectangle2D.Double(x, top, barWidth, Math.max(1, bottom - top)));
        g.setFont(InsightChartStyle.font(11, true));
        g.setColor(InsightChartStyle.TEXT);
        InsightChartStyle.drawCentred(g, InsightChartStyle.fit(g, value, slot), x + barWidth / 2, top - 5);
        g.setFont(InsightChartStyle.font(11, false));
        double centre = x + barWidth / 2;
        InsightChartStyle.drawCentred(g, InsightChartStyle.fit(g, label, slot - 4), centre, plot.getMaxY() + 18);
        if (!effect.isEmpty()) {
            g.setFont(InsightChartStyle.font(9.5f, false));
            g.setColor(InsightChartStyle.MUTED);
            double baseline = plot.getMaxY() + 34;
            for (String line : effect.split("\n")) {
                InsightChartStyle.drawCentred(g, InsightChartStyle.fit(g, line, slot - 4), centre, baseline);
                baseline += 13;
            }
        }
    }

    private static double y(double value, double low, double high, Rectangle2D plot) {
        return plot.getMaxY() - (value - low) / (high - low) * plot.getHeight();
    }

    private static String money(double usd) {
        return Formats.money(usd);
    }

    private static String signedCompact(double usd) {
        return (usd >= 0 ? "+" : "") + Formats.moneyCompact(usd);
    }

    private static String signedMoney(double usd) {
        return (usd >= 0 ? "+" : "") + money(usd);
    }
}
