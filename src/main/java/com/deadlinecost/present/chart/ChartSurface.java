package com.deadlinecost.present.chart;

import com.deadlinecost.present.Rgb;

/**
 * What the chart painter draws on: a JavaFX canvas on screen, a Graphics2D for PNG, SVG and PDF. Coordinates
 * are in points from the top left. Text is measured through the surface, so the layout fits the fonts that
 * will actually draw it.
 */
public interface ChartSurface {

    /** The size and weight of a text. */
    record TextStyle(double size, boolean bold) {
    }

    /** Where a text's x coordinate is: at its start, centre or end. */
    enum Align {
        START, CENTRE, END
    }

    void fillRect(double x, double y, double width, double height, Rgb colour);

    void strokeRect(double x, double y, double width, double height, Rgb colour, double lineWidth);

    void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed);

    /** A line through {@code count} points. */
    void polyline(double[] xs, double[] ys, int count, Rgb colour, double lineWidth, boolean dashed);

    /** A filled polygon of {@code count} points, with an opacity from 0 to 1 (bands behind a line). */
    void fillPolygon(double[] xs, double[] ys, int count, Rgb colour, double opacity);

    void fillCircle(double centreX, double centreY, double radius, Rgb colour);

    /** A pie slice from {@code startDegrees} (0 = three o'clock, counter-clockwise) over {@code extentDegrees}. */
    void fillSlice(double centreX, double centreY, double radius, double startDegrees, double extentDegrees,
                   Rgb colour);

    /** Text on a baseline at {@code y}. */
    void text(String text, double x, double y, TextStyle font, Rgb colour, Align align);

    /** Text turned a quarter counter-clockwise, centred on {@code (x, y)}, reading bottom to top. */
    void verticalText(String text, double x, double y, TextStyle font, Rgb colour);

    double textWidth(String text, TextStyle font);

    /** The distance from the baseline to the top of the tallest letters. */
    double ascent(TextStyle font);

    /** The distance between two baselines. */
    double lineHeight(TextStyle font);
}
