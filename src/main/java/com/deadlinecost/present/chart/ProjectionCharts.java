package com.deadlinecost.present.chart;

import com.deadlinecost.model.insight.MonthProjection;
import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * "Where the month is heading" as a {@link ChartModel} of kind {@link ChartKind#LINES} over the month's days: the
 * cumulative cost so far, then the cumulative projection (dashed) to the month's end along the recent weekday
 * pattern, with its 80 % band widening day by day; the last point is the projected month-end total. Drawn by
 * {@link ChartPainter} like every other chart.
 */
public final class ProjectionCharts {
    static final Rgb SPENT = Rgb.hex("#4258c9");

    private ProjectionCharts() {
    }

    /**
     * The month of {@code total}'s as-of time.
     *
     * @param monthDays the cost per local day of the month so far
     * @param basis what the projection read, for the day-by-day path; the path is straight without it
     */
    public static ChartModel model(Projection total, NavigableMap<LocalDate, Double> monthDays,
                                   Optional<ProjectionBasis> basis, ChartModel.Header header, Palette.Theme theme) {
        UtcOffset offset = basis.map(ProjectionBasis::offset).orElse(UtcOffset.UTC);
        ZoneOffset zone = offset.zoneOffset();
        Instant asOf = total.asOf();
        LocalDate first = asOf.atOffset(zone).toLocalDate().withDayOfMonth(1);
        List<Bucket> days = new ArrayList<>();
        for (LocalDate day = first; day.atStartOfDay().toInstant(zone).isBefore(total.target());
                day = day.plusDays(1)) {
            days.add(Bucket.of(day.atStartOfDay().toInstant(zone), day.plusDays(1).atStartOfDay().toInstant(zone)));
        }
        int count = days.size();
        double[] spent = nans(count);
        double[] projected = nans(count);
        double[] low = nans(count);
        double[] high = nans(count);
        Optional<MonthProjection.Pattern> pattern = basis.flatMap(one -> MonthProjection.pattern(
            MonthProjection.daily(one.dailyRows(), one.offset()),
            one.firstDay(), asOf, offset));
        double running = 0;
        double span = total.target().getEpochSecond() - asOf.getEpochSecond();
        for (int index = 0; index < count; index++) {
            Bucket day = days.get(index);
            if (day.start().isBefore(asOf)) {
                running += monthDays.getOrDefault(day.start().atOffset(zone).toLocalDate(), 0.0);
                spent[index] = running;
            }
            if (day.end().isBefore(asOf)) {
                continue;
            }
            if (index > 0 && Double.isNaN(projected[index - 1]) && Double.isFinite(spent[index - 1])) {
                // The dashed line starts where the solid one stood the day before.
                projected[index - 1] = spent[index - 1];
                low[index - 1] = spent[index - 1];
                high[index - 1] = spent[index - 1];
            }
            Instant until = day.end().isAfter(total.target()) ? total.target() : day.end();
            if (pattern.isPresent()) {
                MonthProjection.Outlook rest = pattern.get().over(asOf, until);
                projected[index] = total.monthToDateUsd() + rest.expectedUsd();
                low[index] = Math.max(total.monthToDateUsd(), projected[index] - rest.spreadUsd());
                high[index] = projected[index] + rest.spreadUsd();
            } else {
                double share = span <= 0 ? 1 : (until.getEpochSecond() - asOf.getEpochSecond()) / span;
                projected[index] = total.monthToDateUsd() + (total.projectedUsd() - total.monthToDateUsd()) * share;
                low[index] = total.monthToDateUsd() + (total.lowUsd() - total.monthToDateUsd()) * share;
                high[index] = total.monthToDateUsd() + (total.highUsd() - total.monthToDateUsd()) * share;
            }
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries("spent", null, "Spent so far", SPENT, spent, total.monthToDateUsd(),
            ChartSeries.Mark.LINE, null, null, true, false));
        series.add(new ChartSeries("projected", null, "Projected, 80 % band", SPENT, projected, total.projectedUsd(),
            ChartSeries.Mark.DASHED_LINE, low, high, true, false));
        return new ChartModel(ChartKind.LINES, Measure.COST_SUM, header, Period.DAILY, offset, days, series,
            List.of(), "", theme);
    }

    private static double[] nans(int count) {
        double[] values = new double[count];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
