package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.present.Formats;
import com.deadlinecost.service.insight.Comparison;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sentence above the "What changed" waterfall: which earlier range, the two totals, the change and how much of
 * it more or fewer hours (runtime effect) and a different cost per hour (rate effect) explain.
 */
public final class ChangeHeadline {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(EMPTY);
    static final String EMPTY = "Choose \"Compare with\" in the query form and run the query to see what changed.";

    /** Shows {@code comparison} of {@code query}; null clears the headline. */
    void show(Comparison comparison, StatisticsQuery query) {
        if (comparison == null || query == null) {
            text.set(EMPTY);
            return;
        }
        ChangeSummary changes = comparison.changes();
        double earlier = changes.earlierTotalCents() / 100.0;
        double change = changes.changeCents() / 100.0;
        String percent = changes.earlierTotalCents() == 0 ? "" : " (" + signed(Formats.percent(change / earlier))
            + ")";
        text.set(capitalized(earlierWords(comparison.with())) + " " + range(comparison.earlierQuery(), query)
            + ": " + Formats.money(earlier) + " \u2192 now " + Formats.money(changes.currentTotalCents() / 100.0)
            + ", " + signedMoney(change) + percent + ". Runtime effect " + signedMoney(
                changes.runtimeEffectCents() / 100.0) + " (more or fewer hours at the earlier cost per hour), rate "
            + "effect " + signedMoney(changes.rateEffectCents() / 100.0) + " (a different cost per hour).");
    }

    /** "previous period", "same range last month", in a sentence. */
    static String earlierWords(CompareWith with) {
        return with.label().toLowerCase(Locale.ROOT);
    }

    /** Money with its sign, e.g. "+$1,200.00" or "-$35.00". */
    static String signedMoney(double usd) {
        return usd > 0 ? "+" + Formats.money(usd) : Formats.money(usd);
    }

    private static String signed(String percent) {
        return percent.startsWith("-") ? percent : "+" + percent;
    }

    private static String range(StatisticsQuery earlier, StatisticsQuery query) {
        return "(" + Formats.time(earlier.range().start(), query.offset()) + " \u2013 "
            + Formats.time(earlier.range().end(), query.offset()) + ")";
    }

    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
