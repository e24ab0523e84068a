package com.deadlinecost.service.export;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetProjection;
import com.deadlinecost.model.budget.ThresholdForecast;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * One budget as the {@code budgets} command and its files say it: the farm and queue by name, the projection, and
 * each threshold's date in words. Dates are UTC days.
 */
public record BudgetLine(String farmName, String queueName, BudgetProjection projection) {

    public Budget budget() {
        return projection.budget();
    }

    /** "ACTIVE", "INACTIVE", "ENDED" or "STOPPED": the state a farm admin cares about first. */
    public String state() {
        Budget budget = budget();
        if (budget.stopped()) {
            return "STOPPED";
        }
        if (budget.ended(projection.now())) {
            return "ENDED";
        }
        return budget.active() ? "ACTIVE" : "INACTIVE";
    }

    /** Whole days left in the window, 0 once it has ended. */
    public long daysLeft() {
        return budget().timeLeft(projection.now()).toDays();
    }

    /** Each threshold with its date: "90 % stop: 2026-12-03; 100 % stop + cancel: reached". */
    public String thresholds() {
        return projection.thresholds().stream().map(BudgetLine::threshold).collect(Collectors.joining("; "));
    }

    /** "2026-12-03", or empty when the queue does not stop in the window at this pace (or already has). */
    public String stopDate() {
        return projection.stopDate().map(BudgetLine::day).orElse("");
    }

    private static String threshold(ThresholdForecast forecast) {
        String when;
        if (forecast.reached()) {
            when = forecast.reachedAt() != null ? "reached " + day(forecast.reachedAt()) : "reached";
        } else {
            when = forecast.date() != null ? day(forecast.date()) : "not in window";
        }
        return forecast.action().percentText() + " " + forecast.action().type().shortLabel() + ": " + when;
    }

    static String day(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
