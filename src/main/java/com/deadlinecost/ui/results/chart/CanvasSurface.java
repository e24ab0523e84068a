package com.deadlinecost.ui.results.chart;

import com.deadlinecost.present.Rgb;
import com.deadlinecost.present.chart.ChartSurface;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The chart painter's surface on screen: a JavaFX canvas, measured with the same font family the exports
 * use (DejaVu Sans where installed), so the window's chart and its export lay out alike.
 */
public final class CanvasSurface implements ChartSurface {
    private static final String FAMILY = Font.getFamilies().contains("DejaVu Sans") ? "DejaVu Sans" : "System";
    private static final double[] DASH = {6, 4};
    private static final int MAX_KEPT_WIDTHS = 4096;

    private final GraphicsContext g;
    private final Map<ChartSurface.TextStyle, Font> fonts = new HashMap<>();
    private final Map<ChartSurface.TextStyle, double[]> metrics = new HashMap<>();
    private final Text measure = new Text();
    private final Map<ChartSurface.TextStyle, Map<String, Double>> widths = new HashMap<>();

    public CanvasSurface(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        g.setFill(fx(colour));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb colour, double lineWidth) {
        stroke(colour, lineWidth, false);
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
        stroke(colour, lineWidth, dashed);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Rgb colour, double lineWidth, boolean dashed) {
        stroke(colour, lineWidth, dashed);
        g.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour, double opacity) {
        g.setFill(Color.rgb(colour.red(), colour.green(), colour.blue(), opacity));
        g.fillPolygon(xs, ys, count);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        g.setFill(fx(colour));
        g.fillOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void fillSlice(double centreX, double centreY, double radius, double startDegrees, double extentDegrees,
                          Rgb colour) {
        g.setFill(fx(colour));
        g.fillArc(centreX - radius, centreY - radius, 2 * radius, 2 * radius, startDegrees, extentDegrees,
            ArcType.ROUND);
    }

    @Override
    public void text(String text, double x, double y, ChartSurface.TextStyle font, Rgb colour, Align align) {
        g.setFont(fx(font));
        g.setFill(fx(colour));
        g.setTextAlign(align == Align.START ? TextAlignment.LEFT
            : align == Align.CENTRE ? TextAlignment.CENTER : TextAlignment.RIGHT);
        g.fillText(text, x, y);
    }

    @Override
    public void verticalText(String text, double x, double y, ChartSurface.TextStyle font, Rgb colour) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        text(text, 0, ascent(font) / 2, font, colour, Align.CENTRE);
        g.restore();
    }

    // A legend fitted to its box measures the same labels on every repaint, and a repaint comes with every pulse
    // while rows stream in: laying text out was most of a repaint's time (JFR, BENCHMARKS.md), so widths are kept.
    @Override
    public double textWidth(String text, ChartSurface.TextStyle font) {
        Map<String, Double> ofFont = widths.computeIfAbsent(font, style -> new HashMap<>());
        Double known = ofFont.get(text);
        if (known != null) {
            return known;
        }
        if (ofFont.size() >= MAX_KEPT_WIDTHS) {
            ofFont.clear();
        }
        measure.setFont(fx(font));
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        ofFont.put(text, width);
        return width;
    }

    @Override
    public double ascent(ChartSurface.TextStyle font) {
        return metrics(font)[0];
    }

    @Override
    public double lineHeight(ChartSurface.TextStyle font) {
        return metrics(font)[1];
    }

    private double[] metrics(ChartSurface.TextStyle font) {
        return metrics.computeIfAbsent(font, key -> {
            measure.setFont(fx(key));
            measure.setText("Hg");
            double baseline = measure.getBaselineOffset();
            return new double[] {baseline, measure.getLayoutBounds().getHeight()};
        });
    }

    private void stroke(Rgb colour, double lineWidth, boolean dashed) {
        g.setStroke(fx(colour));
        g.setLineWidth(lineWidth);
        g.setLineDashes(dashed ? DASH : null);
    }

    private Font fx(ChartSurface.TextStyle font) {
        return fonts.computeIfAbsent(font, key -> Font.font(FAMILY, key.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
            key.size()));
    }

    private static Color fx(Rgb colour) {
        return Color.rgb(colour.red(), colour.green(), colour.blue());
    }
}
