package com.deadlinecost.present.chart;

import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BurnUp;
import com.deadlinecost.model.budget.BurnUp.Point;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget's burn-up as a {@link ChartModel} of kind {@link ChartKind#LINES} over the window's UTC days: the
 * cumulative spend, the projection (dashed) with its 80 % band, the even pace (dashed), and the limit and action
 * thresholds as guides. Drawn by {@link ChartPainter} like every other chart, on screen and in exports.
 */
public final class BurnUpCharts {
    static final Rgb SPENT = Rgb.hex("#2f6fdb");
    static final Rgb PACE = Rgb.hex("#7b8492");
    static final Rgb LIMIT = Rgb.hex("#b42318");
    static final Rgb THRESHOLD = Rgb.hex("#c4631b");

    private BurnUpCharts() {
    }

    public static ChartModel model(BurnUp burnUp, String title, Palette.Theme theme) {
        List<Bucket> buckets = days(burnUp);
        int count = buckets.size();
        double[] spent = new double[count];
        double[] projected = new double[count];
        double[] low = new double[count];
        double[] high = new double[count];
        double[] pace = new double[count];
        Instant start = burnUp.budget().start();
        double window = Duration.between(start, burnUp.budget().end()).toMillis();
        for (int index = 0; index < count; index++) {
            Instant end = buckets.get(index).end();
            boolean past = !end.isAfter(burnUp.now());
            boolean current = !past && !buckets.get(index).start().isAfter(burnUp.now());
            double soFar = past ? at(burnUp.spent(), end) : burnUp.budget().used();
            spent[index] = past || current ? soFar : Double.NaN;
            projected[index] = past || burnUp.projection().isEmpty() ? Double.NaN : at(burnUp.projection(), end);
            // The band is drawn over every day; before today it has no width, along the spend.
            low[index] = past || burnUp.bandLow().isEmpty() ? soFar : at(burnUp.bandLow(), end);
            high[index] = past || burnUp.bandHigh().isEmpty() ? soFar : at(burnUp.bandHigh(), end);
            pace[index] = burnUp.budget().limit() * Duration.between(start, end).toMillis() / window;
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries("spent", null, "Spent", SPENT, spent, burnUp.budget().used(),
            ChartSeries.Mark.LINE, null, null, true, false));
        series.add(new ChartSeries("projected", null, "Projected, 80 % band", SPENT, projected, Double.NaN,
            ChartSeries.Mark.DASHED_LINE, low, high, true, false));
        series.add(new ChartSeries("pace", null, "Even pace", PACE, pace, burnUp.budget().limit(),
            ChartSeries.Mark.DASHED_LINE, null, null, true, false));
        List<ChartGuide> guides = new ArrayList<>();
        guides.add(new ChartGuide(burnUp.budget().limit(), "Limit " + Formats.money(burnUp.budget().limit()), LIMIT,
            false));
        List<Double> thresholds = burnUp.thresholdDollars();
        for (int index = 0; index < thresholds.size(); index++) {
            BudgetAction action = burnUp.budget().actions().get(index);
            if (Math.abs(thresholds.get(index) - burnUp.budget().limit()) > 1e-9) {
                guides.add(new ChartGuide(thresholds.get(index), action.percentText() + " "
                    + action.type().shortLabel(), THRESHOLD, true));
            }
        }
        return new ChartModel(ChartKind.LINES, Measure.COST_SUM, ChartModel.Header.titled(title), Period.DAILY,
            UtcOffset.UTC, buckets, series, guides, "", theme);
    }

    /** The window's UTC days; the first and last are clipped to the window. */
    private static List<Bucket> days(BurnUp burnUp) {
        List<Bucket> buckets = new ArrayList<>();
        Instant end = burnUp.budget().end();
        Instant from = burnUp.budget().start();
        while (from.isBefore(end)) {
            Instant next = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
            Instant to = next.isBefore(end) ? next : end;
            buckets.add(Bucket.of(from, to));
            from = to;
        }
        return buckets;
    }

    /** The line's value at {@code time}, interpolated between its points (flat past its ends). */
    static double at(List<Point> line, Instant time) {
        if (line.isEmpty()) {
            return Double.NaN;
        }
        Point before = line.get(0);
        if (!time.isAfter(before.time())) {
            return before.dollars();
        }
        for (Point after : line.subList(1, line.size())) {
            if (!time.isAfter(after.time())) {
                double span = Duration.between(before.time(), after.time()).toMillis();
                double share = span <= 0 ? 1 : Duration.between(before.time(), time).toMillis() / span;
                return before.dollars() + (after.dollars() - before.dollars()) * share;
            }
            before = after;
        }
        return before.dollars();
    }
}
