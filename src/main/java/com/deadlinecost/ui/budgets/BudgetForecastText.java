package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetProjection;
import com.deadlinecost.model.budget.ThresholdForecast;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The forecast of a budget in sentences a farm admin reads at a glance. Dates are UTC days. */
final class BudgetForecastText {
    private BudgetForecastText() {
    }

    static String of(BudgetProjection projection) {
        Budget budget = projection.budget();
        List<String> sentences = new ArrayList<>();
        if (budget.stopped()) {
            sentences.add("The queue stopped on " + day(budget.queueStoppedAt()) + ": it schedules no new work "
                + "until the limit is raised, the window changes or the budget is switched off.");
        } else if (budget.ended(projection.now())) {
            sentences.add(String.format(Locale.US, "The window ended on %s at %.0f %% of the limit.",
                day(budget.end().minusSeconds(1)), budget.usedShare() * 100));
        } else {
            String band = projection.banded() ? String.format(Locale.US, " (80 %% band: %.0f-%.0f %%)",
                projection.low() / budget.limit() * 100, projection.high() / budget.limit() * 100) : "";
            sentences.add(String.format(Locale.US, "At $%,.0f a day the window ends at %.0f %% of the limit%s.",
                projection.pacePerDay(), projection.projectedShare() * 100, band));
            sentences.add(projection.stopDate().map(date -> "At this pace the queue stops on " + day(date) + ".")
                .orElse(budget.actions().isEmpty() ? "The budget has no actions: it never stops the queue."
                    : "At this pace the queue does not stop before the window ends."));
        }
        for (ThresholdForecast threshold : projection.thresholds()) {
            sentences.add(threshold(threshold));
        }
        return String.join(" ", sentences);
    }

    private static String threshold(ThresholdForecast forecast) {
        String what = forecast.action().percentText() + " (" + forecast.action().type().shortLabel() + ")";
        if (forecast.reached()) {
            return what + ": reached" + (forecast.reachedAt() == null ? "." : " on " + day(forecast.reachedAt())
                + ".");
        }
        if (forecast.date() == null) {
            return what + ": not reached in the window at this pace.";
        }
        String band = forecast.earliest() != null && !forecast.earliest().equals(forecast.date())
            ? " (between " + day(forecast.earliest()) + " and " + (forecast.latest() == null ? "after the window"
                : day(forecast.latest())) + ")" : "";
        return what + ": " + day(forecast.date()) + band + ".";
    }

    static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
