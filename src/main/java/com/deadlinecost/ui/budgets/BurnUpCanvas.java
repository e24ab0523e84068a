package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BurnUp;
import com.deadlinecost.model.budget.BurnUp.Point;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link BurnUp} on one canvas that fills the region: the band, the even pace, the limit and thresholds,
 * the cumulative spend and its projection, today, and a legend. A constant number of nodes whatever the window.
 *
 * <p>Its own small painter: the shared chart model and painter of the {@code present} package had not landed when
 * this was written; the burn-up should move onto it.
 */
final class BurnUpCanvas extends Region {
    private static final Color SPENT = Color.web("#2f6fdb");
    private static final Color BAND = Color.web("#2f6fdb", 0.16);
    private static final Color LIMIT = Color.web("#b42318");
    private static final Color THRESHOLD = Color.web("#c4631b");
    private static final Color PACE = Color.web("#7b8492");
    private static final Color AXIS = Color.web("#8a93a0");
    private static final Color TEXT = Color.web("#3d4450");
    private static final double LEFT = 70;
    private static final double RIGHT = 150;
    private static final double TOP = 28;
    private static final double BOTTOM = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final Canvas canvas = new Canvas();
    private BurnUp chart;

    BurnUpCanvas(ObservableValue<BurnUp> burnUp) {
        setId("burnUpChart");
        getChildren().add(canvas);
        setMinSize(200, 160);
        burnUp.addListener((observable, before, after) -> {
            chart = after;
            paint();
        });
        chart = burnUp.getValue();
        widthProperty().addListener(observable -> paint());
        heightProperty().addListener(observable -> paint());
    }

    /** The chart drawn, for tests. */
    BurnUp chart() {
        return chart;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (chart == null || getWidth() < LEFT + RIGHT + 20 || getHeight() < TOP + BOTTOM + 20) {
            return;
        }
        Frame frame = new Frame(chart, getWidth(), getHeight());
        g.setFont(Font.font(11));
        g.setLineCap(StrokeLineCap.BUTT);
        axes(g, frame);
        band(g, frame);
        line(g, frame, chart.evenPace(), PACE, 1.2, 6);
        horizontal(g, frame, chart.budget().limit(), LIMIT, 1.8, 0, "Limit " + money(chart.budget().limit()));
        List<Double> thresholds = chart.thresholdDollars();
        for (int i = 0; i < thresholds.size(); i++) {
            BudgetAction action = chart.budget().actions().get(i);
            if (Math.abs(thresholds.get(i) - chart.budget().limit()) > 1e-9) {
                horizontal(g, frame, thresholds.get(i), THRESHOLD, 1.2, 4, action.percentText() + " "
                    + action.type().shortLabel());
            }
        }
        line(g, frame, chart.projection(), SPENT, 1.8, 5);
        line(g, frame, chart.spent(), SPENT, 2.4, 0);
        today(g, frame);
        legend(g, frame);
    }

    private void axes(GraphicsContext g, Frame frame) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(LEFT, frame.bottom(), frame.right(), frame.bottom());
        g.strokeLine(LEFT, TOP, LEFT, frame.bottom());
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double step = niceStep(chart.yMax() / 5);
        for (double value = 0; value <= chart.yMax(); value += step) {
            double y = frame.y(value);
            g.fillText(money(value), LEFT - 6, y);
            g.setStroke(Color.web("#8a93a0", 0.25));
            g.strokeLine(LEFT, y, frame.right(), y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        long days = Math.max(1, Duration.between(chart.budget().start(), chart.budget().end()).toDays());
        long every = Math.max(1, days / Math.max(1, (long) ((frame.right() - LEFT) / 70)));
        for (long day = 0; day <= days; day += every) {
            Instant time = chart.budget().start().plus(Duration.ofDays(day));
            g.fillText(DAY.format(LocalDate.ofInstant(time, ZoneOffset.UTC)), frame.x(time), frame.bottom() + 6);
        }
    }

    private void band(GraphicsContext g, Frame frame) {
        List<Point> low = chart.bandLow();
        List<Point> high = chart.bandHigh();
        if (low.isEmpty()) {
            return;
        }
        int count = low.size() + high.size();
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < high.size(); i++) {
            xs[i] = frame.x(high.get(i).time());
            ys[i] = frame.y(high.get(i).dollars());
        }
        for (int i = 0; i < low.size(); i++) {
            Point point = low.get(low.size() - 1 - i);
            xs[high.size() + i] = frame.x(point.time());
            ys[high.size() + i] = frame.y(point.dollars());
        }
        g.setFill(BAND);
        g.fillPolygon(xs, ys, count);
    }

    private static void line(GraphicsContext g, Frame frame, List<Point> points, Color color, double width,
        double dash) {
        if (points.size() < 2) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dash > 0 ? new double[] {dash, dash} : null);
        g.beginPath();
        g.moveTo(frame.x(points.get(0).time()), frame.y(points.get(0).dollars()));
        for (Point point : points.subList(1, points.size())) {
            g.lineTo(frame.x(point.time()), frame.y(point.dollars()));
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private static void horizontal(GraphicsContext g, Frame frame, double dollars, Color color, double width,
        double dash, String label) {
        double y = frame.y(dollars);
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dash > 0 ? new double[] {dash, dash} : null);
        g.strokeLine(LEFT, y, frame.right(), y);
        g.setLineDashes((double[]) null);
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, frame.right() + 6, y);
    }

    private void today(GraphicsContext g, Frame frame) {
        if (!chart.now().isBefore(chart.budget().end())) {
            return;
        }
        double x = frame.x(chart.now());
        g.setStroke(TEXT);
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        g.strokeLine(x, TOP, x, frame.bottom());
        g.setLineDashes((double[]) null);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("today", x, TOP - 2);
    }

    private static void legend(GraphicsContext g, Frame frame) {
        String[] names = {"Spent", "Projected, 80 % band", "Even pace"};
        Color[] colors = {SPENT, BAND.deriveColor(0, 1, 1, 3), PACE};
        double x = LEFT + 8;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.length; i++) {
            g.setFill(colors[i]);
            g.fillRect(x, 8, 14, 6);
            g.setFill(TEXT);
            g.fillText(names[i], x + 18, 11);
            x += 26 + names[i].length() * 6.2;
        }
    }

    /** A step of 1, 2 or 5 times a power of ten near {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double scaled = rough / power;
        return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
    }

    private static String money(double dollars) {
        return dollars >= 10_000 ? String.format(Locale.US, "$%,.0fk", dollars / 1000)
            : String.format(Locale.US, "$%,.0f", dollars);
    }

    /** Data to pixels for the current size. */
    private record Frame(BurnUp chart, double width, double height) {
        double right() {
            return width - RIGHT;
        }

        double bottom() {
            return height - BOTTOM;
        }

        double x(Instant time) {
            double span = Duration.between(chart.budget().start(), chart.budget().end()).toMillis();
            double at = Duration.between(chart.budget().start(), time).toMillis();
            return LEFT + (right() - LEFT) * Math.max(0, Math.min(1, at / span));
        }

        double y(double dollars) {
            return bottom() - (bottom() - TOP) * dollars / chart.yMax();
        }
    }
}
