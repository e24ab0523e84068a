package com.deadlinecost.service.export.chart;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.Series;
import com.deadlinecost.model.rollup.SeriesSet;
import com.deadlinecost.model.row.Bucket;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Stacked bars or lines over the time buckets, with a value axis on the left and bucket dates below. */
final class TimePlot implements ChartPainter.PlotPainter {
    private static final double AXIS_HEIGHT = 26;
    private static final int MARKER_LIMIT = 45;

    private final ChartSpec spec;
    private final SeriesSet set;

    TimePlot(ChartSpec spec) {
        this.spec = spec;
        this.set = spec.series();
    }

    @Override
    public void paint(Graphics2D g, Rectangle2D area) {
        boolean stacked = spec.kind() == ChartKind.STACKED_BARS;
        ValueAxis axis = axis(stacked, area.getHeight());
        g.setFont(ChartTheme.font(11, false));
        double tickWidth = 0;
        for (double tick : axis.ticks()) {
            tickWidth = Math.max(tickWidth, g.getFontMetrics().stringWidth(axis.label(tick)));
        }
        double left = area.getX() + 22 + tickWidth + 8;
        double right = area.getMaxX();
        double top = area.getY() + 6;
        double bottom = area.getMaxY() - AXIS_HEIGHT;
        paintValueAxis(g, axis, area.getX(), left, right, top, bottom);
        paintBucketLabels(g, left, right, bottom);
        if (stacked) {
            paintStacks(g, axis, left, right, top, bottom);
        } else {
            paintLines(g, axis, left, right, top, bottom);
        }
        g.setColor(ChartTheme.AXIS);
        double zero = axis.position(0, bottom, top);
        g.draw(new Line2D.Double(left, zero, right, zero));
    }

    private ValueAxis axis(boolean stacked, double height) {
        double min = 0;
        double max = 0;
        for (int bucket = 0; bucket < set.buckets().size(); bucket++) {
            double positive = 0;
            double negative = 0;
            for (Series series : set.series()) {
                double value = ChartValues.finite(series.value(bucket));
                if (stacked) {
                    positive += Math.max(0, value);
                    negative += Math.min(0, value);
                } else {
                    positive = Math.max(positive, value);
                    negative = Math.min(negative, value);
                }
            }
            max = Math.max(max, positive);
            min = Math.min(min, negative);
        }
        return new ValueAxis(set.measure(), min, max, Math.max(2, (int) (height / 60)));
    }

    private void paintValueAxis(Graphics2D g, ValueAxis axis, double x, double left, double right, double top,
                                double bottom) {
        g.setFont(ChartTheme.font(11, false));
        for (double tick : axis.ticks()) {
            double y = axis.position(tick, bottom, top);
            g.setColor(ChartTheme.GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(ChartTheme.MUTED);
            ChartText.drawRight(g, axis.label(tick), left - 6, y + 4);
        }
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x + 12, (top + bottom) / 2);
        ChartText.drawCentred(g, ChartValues.axisTitle(set.measure()), x + 12, (top + bottom) / 2);
        g.setTransform(saved);
    }

    private void paintBucketLabels(Graphics2D g, double left, double right, double bottom) {
        StatisticsQuery query = spec.context().query();
        List<Bucket> buckets = set.buckets();
        g.setFont(ChartTheme.font(11, false));
        double widest = 0;
        for (Bucket bucket : buckets) {
            widest = Math.max(widest, g.getFontMetrics().stringWidth(
                ChartValues.bucket(bucket.start(), query.period(), query.offset())));
        }
        double slot = (right - left) / buckets.size();
        int every = Math.max(1, (int) Math.ceil((widest + 14) / slot));
        g.setColor(ChartTheme.MUTED);
        for (int index = 0; index < buckets.size(); index += every) {
            double centre = left + slot * (index + 0.5);
            g.draw(new Line2D.Double(centre, bottom, centre, bottom + 4));
            ChartText.drawCentred(g, ChartValues.bucket(buckets.get(index).start(), query.period(),
                query.offset()), centre, bottom + 18);
        }
    }

    private void paintStacks(Graphics2D g, ValueAxis axis, double left, double right, double top, double bottom) {
        double slot = (right - left) / set.buckets().size();
        double width = Math.max(1, slot * 0.72);
        for (int bucket = 0; bucket < set.buckets().size(); bucket++) {
            double x = left + slot * bucket + (slot - width) / 2;
            double positive = 0;
            double negative = 0;
            for (int index = 0; index < set.series().size(); index++) {
                double value = ChartValues.finite(set.series().get(index).value(bucket));
                double from = value >= 0 ? positive : negative;
                double to = from + value;
                if (value >= 0) {
                    positive = to;
                } else {
                    negative = to;
                }
                double y1 = axis.position(from, bottom, top);
                double y2 = axis.position(to, bottom, top);
                g.setColor(ChartPainter.colour(spec, index));
                g.fill(new Rectangle2D.Double(x, Math.min(y1, y2), width, Math.abs(y2 - y1)));
            }
        }
    }

    private void paintLines(Graphics2D g, ValueAxis axis, double left, double right, double top, double bottom) {
        double slot = (right - left) / set.buckets().size();
        boolean markers = set.buckets().size() <= MARKER_LIMIT;
        // The largest series is drawn last so that it stays on top where lines cross.
        for (int index = set.series().size() - 1; index >= 0; index--) {
            Series series = set.series().get(index);
            Path2D.Double line = new Path2D.Double();
            boolean drawing = false;
            for (int bucket = 0; bucket < series.size(); bucket++) {
                double value = series.value(bucket);
                if (!Double.isFinite(value)) {
                    drawing = false;
                    continue;
                }
                double x = left + slot * (bucket + 0.5);
                double y = axis.position(value, bottom, top);
                if (drawing) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                    drawing = true;
                }
            }
            g.setColor(ChartPainter.colour(spec, index));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            if (markers) {
                for (int bucket = 0; bucket < series.size(); bucket++) {
                    if (Double.isFinite(series.value(bucket))) {
                        double x = left + slot * (bucket + 0.5);
                        double y = axis.position(series.value(bucket), bottom, top);
                        g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
                    }
                }
            }
        }
        g.setStroke(new BasicStroke(1f));
    }
}
