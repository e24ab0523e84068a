package com.deadlinecost.ui.insight;

import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.ChangeSummary.WaterfallStep;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.WaterfallCharts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The "What changed" waterfall: a bar from zero to the earlier total, one floating bar per group from the running
 * total before it to the one after (the largest changes, the rest as "Other"), and a bar to the current total.
 */
public final class WaterfallViewModel {
    /** The groups that get their own step. */
    public static final int TOP_GROUPS = 8;

    private final ReadOnlyObjectWrapper<List<Bar>> bars = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ChartModel> model = new ReadOnlyObjectWrapper<>();

    /** What a bar shows. */
    public enum Kind {
        TOTAL,
        RISE,
        FALL
    }

    /**
     * One bar.
     *
     * @param label the group's name, "Earlier" or "Now"
     * @param fromUsd where the bar starts
     * @param toUsd where it ends
     * @param kind a total, a rise or a fall
     * @param valueText the change (or total) in words
     * @param effectText the change split into runtime and rate effects; empty for totals
     */
    public record Bar(String label, double fromUsd, double toUsd, Kind kind, String valueText, String effectText) {
    }

    /** Shows {@code changes}; null clears the waterfall. */
    public void show(ChangeSummary changes, DisplayNames names) {
        if (changes == null) {
            bars.set(List.of());
            model.set(null);
            return;
        }
        model.set(WaterfallCharts.model(changes, TOP_GROUPS, names, ChartModel.Header.titled("What changed"),
            Palette.Theme.LIGHT));
        List<Bar> result = new ArrayList<>();
        double earlier = changes.earlierTotalCents() / 100.0;
        result.add(new Bar("Earlier", 0, earlier, Kind.TOTAL, Formats.money(earlier), ""));
        double running = earlier;
        for (WaterfallStep step : changes.waterfall(TOP_GROUPS)) {
            double next = running + step.changeCents() / 100.0;
            String label = step.group().map(names::label).orElse(DisplayNames.OTHER_LABEL);
            result.add(new Bar(label, running, next, next >= running ? Kind.RISE : Kind.FALL,
                (next >= running ? "+" : "") + Formats.money(next - running),
                "runtime " + Formats.money(step.runtimeEffectCents() / 100.0) + ", rate "
                    + Formats.money(step.rateEffectCents() / 100.0)));
            running = next;
        }
        double current = changes.currentTotalCents() / 100.0;
        result.add(new Bar("Now", 0, current, Kind.TOTAL, Formats.money(current), ""));
        bars.set(List.copyOf(result));
    }

    /** The waterfall as the shared chart painter draws it; null while there is no comparison. */
    public ReadOnlyObjectProperty<ChartModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The bars, left to right. */
    public ReadOnlyObjectProperty<List<Bar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }
}
