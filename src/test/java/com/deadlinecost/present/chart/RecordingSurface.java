package com.deadlinecost.present.chart;

import com.deadlinecost.present.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * A surface that writes down what the painter drew (rectangles, texts, their colours) and measures text
 * through another surface, or as 0.6 em per character when there is none.
 */
public final class RecordingSurface implements ChartSurface {
    /** A filled rectangle. */
    public record Box(double x, double y, double width, double height, Rgb colour) {
    }

    /** A text, where it starts and how wide it is. */
    public record Label(String text, double left, double baseline, double width, Rgb colour) {
    }

    /** A line or polyline: its points, colour and whether it is dashed. */
    public record Stroke(double[] xs, double[] ys, Rgb colour, boolean dashed) {
    }

    /** A filled polygon: its points, colour and opacity. */
    public record Shape(double[] xs, double[] ys, Rgb colour, double opacity) {
    }

    private final ChartSurface measure;
    public final List<Stroke> strokes = new ArrayList<>();
    public final List<Shape> shapes = new ArrayList<>();
    public final List<Box> boxes = new ArrayList<>();
    public final List<Label> texts = new ArrayList<>();
    public int lines;

    public RecordingSurface(ChartSurface measure) {
        this.measure = measure;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        boxes.add(new Box(x, y, width, height, colour));
        if (measure != null) {
            measure.fillRect(x, y, width, height, colour);
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb colour, double lineWidth) {
        lines++;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
        lines++;
        strokes.add(new Stroke(new double[] {x1, x2}, new double[] {y1, y2}, colour, dashed));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Rgb colour, double lineWidth, boolean dashed) {
        lines++;
        strokes.add(new Stroke(java.util.Arrays.copyOf(xs, count), java.util.Arrays.copyOf(ys, count), colour,
            dashed));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour, double opacity) {
        lines++;
        shapes.add(new Shape(java.util.Arrays.copyOf(xs, count), java.util.Arrays.copyOf(ys, count), colour,
            opacity));
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        lines++;
    }

    @Override
    public void fillSlice(double centreX, double centreY, double radius, double startDegrees, double extentDegrees,
                          Rgb colour) {
        boxes.add(new Box(centreX, centreY, radius, extentDegrees, colour));
    }

    @Override
    public void text(String text, double x, double y, TextStyle font, Rgb colour, Align align) {
        double width = textWidth(text, font);
        double left = align == Align.START ? x : align == Align.CENTRE ? x - width / 2 : x - width;
        texts.add(new Label(text, left, y, width, colour));
    }

    @Override
    public void verticalText(String text, double x, double y, TextStyle font, Rgb colour) {
        texts.add(new Label(text, x, y, 0, colour));
    }

    @Override
    public double textWidth(String text, TextStyle font) {
        return measure == null ? text.length() * font.size() * 0.6 : measure.textWidth(text, font);
    }

    @Override
    public double ascent(TextStyle font) {
        return measure == null ? font.size() * 0.8 : measure.ascent(font);
    }

    @Override
    public double lineHeight(TextStyle font) {
        return measure == null ? font.size() * 1.2 : measure.lineHeight(font);
    }
}
