package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBacktest;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.present.Formats;
import com.deadlinecost.service.insight.ProjectionSummary;
import com.deadlinecost.ui.results.ResultsInsight;
import javafx.beans.value.ObservableValue;

/** Puts a month-end projection into the results' summary in words: the projected total and its 80 % interval. */
public final class ProjectionText {

    private ProjectionText() {
    }

    /** Keeps {@code shown}'s projection texts following {@code projection}. */
    public static void bind(ObservableValue<ProjectionSummary> projection, ObservableValue<StatisticsQuery> query,
                            ResultsInsight shown) {
        projection.addListener((observable, before, now) -> show(now, query.getValue(), shown));
        show(projection.getValue(), query.getValue(), shown);
    }

    private static void show(ProjectionSummary summary, StatisticsQuery query, ResultsInsight shown) {
        shown.projectedMonthEndProperty().set(summary == null ? "" : value(summary.total()));
        shown.projectedMonthEndIntervalProperty().set(summary == null ? "" : "80 %: "
            + Formats.moneyCompact(summary.total().lowUsd()) + " \u2013 "
            + Formats.moneyCompact(summary.total().highUsd()));
        shown.projectedMonthEndDetailProperty().set(summary == null || query == null ? "" : detail(summary, query));
    }

    /** "$12,345.00", the projected total at the month's end. */
    static String value(Projection total) {
        return Formats.money(total.projectedUsd());
    }

    /** The interval, the month to date and how the method did on the last months. */
    static String detail(ProjectionSummary summary, StatisticsQuery query) {
        Projection total = summary.total();
        ProjectionBacktest backtest = summary.backtest();
        String months = backtest.months().isEmpty() ? ""
            : " Made on day " + ProjectionBacktest.DAY + " of each of the last " + backtest.months().size()
            + " months, it was off by " + Formats.percent(backtest.meanAbsolutePercentageError())
            + " on average (" + backtest.covered() + " of " + backtest.months().size() + " inside the interval).";
        return "80 % interval " + Formats.money(total.lowUsd()) + " \u2013 " + Formats.money(total.highUsd())
            + ". Month to date " + Formats.money(total.monthToDateUsd()) + " as of "
            + Formats.time(total.asOf(), query.offset()) + "; the rest of the month follows the last four weeks' "
            + "weekday pattern." + months;
    }
}
