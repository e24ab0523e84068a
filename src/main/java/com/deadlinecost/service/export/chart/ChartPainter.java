package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.QueryInWords;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ChartSpec} onto any Graphics2D (a PNG image, an SVG or PDF document, the clipboard) at a
 * given size in points: the title, the query in words and the export time on top, the plot, a legend on
 * the right, and the cost note at the bottom. Pure Java2D with text drawn as text; the same picture
 * whatever the window's size.
 */
public final class ChartPainter {
    private static final double LEGEND_ROW = 20;

    private final ChartSpec spec;
    private final List<String> labels = new ArrayList<>();

    public ChartPainter(ChartSpec spec) {
        this.spec = spec;
        for (Series series : spec.series().series()) {
            labels.add(series.name(spec.context().names(), spec.series().dimension()));
        }
    }

    /** Paints the whole chart into the rectangle (0, 0, width, height) of {@code g}. */
    public void paint(Graphics2D g, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(ChartTheme.BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double pad = Math.max(16, Math.min(width, height) * 0.035);
        double top = paintHeader(g, pad, width - 2 * pad);
        double bottom = paintNote(g, pad, width - 2 * pad, height - pad);
        double legendWidth = Math.min(280, Math.max(160, width * 0.26));
        Rectangle2D plot = new Rectangle2D.Double(pad, top + 12, width - 2 * pad - legendWidth - 16,
            bottom - top - 24);
        Rectangle2D legend = new Rectangle2D.Double(plot.getMaxX() + 16, top + 12, legendWidth, plot.getHeight());
        if (spec.series().isEmpty()) {
            g.setFont(ChartTheme.font(14, false));
            g.setColor(ChartTheme.MUTED);
            ChartText.drawCentred(g, "No data in this range", plot.getCenterX(), plot.getCenterY());
            return;
        }
        plotPainter().paint(g, plot);
        paintLegend(g, legend);
    }

    private PlotPainter plotPainter() {
        switch (spec.kind()) {
            case RANKED_BARS:
                return new RankedBarsPlot(spec, labels);
            case STACKED_BARS:
            case LINES:
                return new TimePlot(spec);
            case SHARE:
                return new DonutPlot(spec);
            default:
                throw new IllegalArgumentException("Unknown chart kind " + spec.kind());
        }
    }

    private double paintHeader(Graphics2D g, double left, double width) {
        QueryInWords words = new QueryInWords(spec.context());
        g.setFont(ChartTheme.font(11, false));
        String exported = words.exportTime();
        double exportedWidth = g.getFontMetrics().stringWidth(exported);
        g.setFont(ChartTheme.font(20, true));
        g.setColor(ChartTheme.TEXT);
        double baseline = left + g.getFontMetrics().getAscent();
        g.drawString(ChartText.fit(g, spec.title(), width - exportedWidth - 24), (float) left, (float) baseline);
        g.setFont(ChartTheme.font(11, false));
        g.setColor(ChartTheme.MUTED);
        ChartText.drawRight(g, exported, left + width, baseline);
        g.setFont(ChartTheme.font(12.5f, false));
        double line = g.getFontMetrics().getHeight();
        baseline += line + 6;
        g.drawString(ChartText.fit(g, words.farm() + " \u00b7 " + words.resources(), width), (float) left,
            (float) baseline);
        baseline += line;
        g.drawString(ChartText.fit(g, words.range() + " \u00b7 " + words.periodAndGrouping(), width),
            (float) left, (float) baseline);
        return baseline + g.getFontMetrics().getDescent();
    }

    /** Draws the wrapped cost note above {@code bottom}; returns the top of the note. */
    private double paintNote(Graphics2D g, double left, double width, double bottom) {
        g.setFont(ChartTheme.font(10.5f, false));
        g.setColor(ChartTheme.MUTED);
        List<String> lines = ChartText.wrap(g, ExportContext.COST_NOTE, width);
        double line = g.getFontMetrics().getHeight();
        double top = bottom - lines.size() * line;
        double baseline = top + g.getFontMetrics().getAscent();
        for (String text : lines) {
            g.drawString(text, (float) left, (float) baseline);
            baseline += line;
        }
        g.setColor(ChartTheme.GRID);
        g.draw(new java.awt.geom.Line2D.Double(left, top - 6, left + width, top - 6));
        return top - 6;
    }

    private void paintLegend(Graphics2D g, Rectangle2D area) {
        List<Series> series = spec.series().series();
        double total = 0;
        for (Series one : series) {
            total += Double.isFinite(one.total()) ? Math.max(0, one.total()) : 0;
        }
        int fitting = (int) Math.floor(area.getHeight() / LEGEND_ROW);
        int shown = series.size() <= fitting ? series.size() : Math.max(0, fitting - 1);
        double y = area.getY();
        for (int index = 0; index < shown; index++) {
            Series one = series.get(index);
            g.setColor(ChartTheme.seriesColour(index, one.isOther()));
            g.fill(new Rectangle2D.Double(area.getX(), y + 4, 11, 11));
            String value = ChartValues.full(spec.series().measure(), one.total());
            if (spec.kind() == ChartKind.SHARE && total > 0) {
                value = String.format(java.util.Locale.US, "%.1f%%", 100 * Math.max(0, one.total()) / total);
            }
            g.setFont(ChartTheme.font(11, false));
            g.setColor(ChartTheme.MUTED);
            double valueWidth = g.getFontMetrics().stringWidth(value);
            ChartText.drawRight(g, value, area.getMaxX(), y + 14);
            g.setFont(ChartTheme.font(12, false));
            g.setColor(ChartTheme.TEXT);
            g.drawString(ChartText.fit(g, labels.get(index), area.getWidth() - 26 - valueWidth),
                (float) (area.getX() + 17), (float) (y + 14));
            y += LEGEND_ROW;
        }
        if (shown < series.size()) {
            g.setFont(ChartTheme.font(11, false));
            g.setColor(ChartTheme.MUTED);
            g.drawString("+ " + (series.size() - shown) + " more", (float) (area.getX() + 17), (float) (y + 14));
        }
    }

    /** Colour of a series by its rank, as on screen. */
    static Color colour(ChartSpec spec, int index) {
        return ChartTheme.seriesColour(index, spec.series().series().get(index).isOther());
    }

    /** Draws the plot of one chart kind into its area. */
    interface PlotPainter {
        void paint(Graphics2D g, Rectangle2D area);
    }
}
