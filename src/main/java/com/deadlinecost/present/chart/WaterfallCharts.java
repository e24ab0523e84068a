package com.deadlinecost.present.chart;

import com.deadlinecost.model.insight.ChangeSummary;
import com.deadlinecost.model.insight.ChangeSummary.WaterfallStep;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "What changed" as a {@link ChartModel} of kind {@link ChartKind#WATERFALL}: a bar from zero to the earlier total,
 * one floating step per group (the largest changes, the rest as "Other") with its split into runtime and rate
 * effects, and a bar to the current total. Rises are orange, falls green, totals blue. The steps are exact cents, so
 * they add up to the difference of the two totals. Drawn by {@link ChartPainter} on screen and in every export.
 */
public final class WaterfallCharts {
    static final Rgb RISE = Rgb.hex("#e8590c");
    static final Rgb FALL = Rgb.hex("#2f9e44");
    static final Rgb TOTAL = Rgb.hex("#4258c9");
    /** The key of the earlier total's bar. */
    public static final String EARLIER = "\u0000earlier";
    /** The key of the current total's bar. */
    public static final String NOW = "\u0000now";
    private static final Bucket WHOLE = Bucket.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(1));

    private WaterfallCharts() {
    }

    /** The waterfall of {@code changes} with {@code topN} groups of their own. */
    public static ChartModel model(ChangeSummary changes, int topN, DisplayNames names, ChartModel.Header header,
                                   Palette.Theme theme) {
        List<ChartSeries> bars = new ArrayList<>();
        double earlier = changes.earlierTotalCents() / 100.0;
        bars.add(total(EARLIER, "Earlier", earlier));
        List<WaterfallStep> steps = changes.waterfall(topN);
        for (int index = 0; index < steps.size(); index++) {
            WaterfallStep step = steps.get(index);
            double change = step.changeCents() / 100.0;
            String label = step.group().map(names::label).orElse(DisplayNames.OTHER_LABEL);
            String detail = "runtime " + signedCompact(step.runtimeEffectCents() / 100.0) + "\nrate "
                + signedCompact(step.rateEffectCents() / 100.0);
            bars.add(new ChartSeries("step-" + index, null, label, change >= 0 ? RISE : FALL, new double[] {change},
                change, ChartSeries.Mark.AUTO, null, null, true, false, detail));
        }
        bars.add(total(NOW, "Now", changes.currentTotalCents() / 100.0));
        // No time axis: one bucket stands for the whole comparison, as for ranked bars.
        return new ChartModel(ChartKind.WATERFALL, Measure.COST_SUM, header, Period.MONTHLY, UtcOffset.UTC,
            List.of(WHOLE), bars, List.of(), "", theme);
    }

    private static ChartSeries total(String key, String label, double usd) {
        return new ChartSeries(key, null, label, TOTAL, new double[] {usd}, usd, ChartSeries.Mark.TOTAL, null, null,
            true, false, "");
    }

    /**
     * The running totals a waterfall's bars span: {@code [from, to]} per series, totals from zero, steps from the
     * running total before them.
     */
    public static double[][] spans(List<ChartSeries> bars) {
        double[][] spans = new double[bars.size()][];
        double running = 0;
        for (int index = 0; index < bars.size(); index++) {
            ChartSeries bar = bars.get(index);
            double value = bar.finite(0);
            if (bar.mark() == ChartSeries.Mark.TOTAL) {
                spans[index] = new double[] {0, value};
                running = value;
            } else {
                spans[index] = new double[] {running, running + value};
                running += value;
            }
        }
        return spans;
    }

    /** The text a bar carries: a total in dollars, a step as a signed change. */
    static String valueText(ChartSeries bar) {
        double value = bar.finite(0);
        return bar.mark() == ChartSeries.Mark.TOTAL ? Formats.money(value) : (value >= 0 ? "+" : "")
            + Formats.money(value);
    }

    private static String signedCompact(double usd) {
        return (usd >= 0 ? "+" : "") + Formats.moneyCompact(usd);
    }
}
