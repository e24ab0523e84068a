package com.deadlinecost.ui.results.chart;

import com.deadlinecost.present.chart.ChartLayout;
import javafx.scene.canvas.Canvas;
import org.testfx.api.FxRobot;

/** Finds what the chart canvas drew, and clicks it, for GUI tests. */
public final class ChartProbe {

    private ChartProbe() {
    }

    /** The layout of the canvas' last paint; null while it drew no chart. */
    public static ChartLayout layout(FxRobot robot) {
        Canvas canvas = robot.lookup("#" + ResultsChartView.CANVAS_ID).queryAs(Canvas.class);
        return (ChartLayout) canvas.getProperties().get(ResultsChartView.LAYOUT_PROPERTY);
    }

    /** Whether the chart drew series {@code series} in bucket {@code bucket}. */
    public static boolean drawn(FxRobot robot, int series, int bucket) {
        ChartLayout layout = layout(robot);
        return layout != null && layout.pointOf(series, bucket).isPresent();
    }

    /** Clicks where the chart drew series {@code series} in bucket {@code bucket}. */
    public static void clickSeries(FxRobot robot, int series, int bucket) {
        robot.clickOn(canvas(robot).localToScreen(at(robot, series, bucket)[0], at(robot, series, bucket)[1]));
    }

    /** Moves the pointer over series {@code series} in bucket {@code bucket}. */
    public static void hoverSeries(FxRobot robot, int series, int bucket) {
        robot.moveTo(canvas(robot).localToScreen(at(robot, series, bucket)[0], at(robot, series, bucket)[1]));
    }

    /** Drags across the time axis from bucket {@code from} to bucket {@code to}. */
    public static void dragAcross(FxRobot robot, int from, int to) {
        ChartLayout layout = layout(robot);
        double y = (layout.plotTop() + layout.plotBottom()) / 2;
        Canvas canvas = canvas(robot);
        robot.drag(canvas.localToScreen(layout.bucketCentre(from), y)).dropTo(canvas.localToScreen(
            layout.bucketCentre(to), y));
    }

    private static double[] at(FxRobot robot, int series, int bucket) {
        return layout(robot).pointOf(series, bucket).orElseThrow();
    }

    private static Canvas canvas(FxRobot robot) {
        return robot.lookup("#" + ResultsChartView.CANVAS_ID).queryAs(Canvas.class);
    }
}
