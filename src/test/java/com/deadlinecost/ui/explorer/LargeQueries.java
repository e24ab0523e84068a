package com.deadlinecost.ui.explorer;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.views.RangePreset;
import java.time.LocalDateTime;

/** The query that once froze the window, filled into the form as a farm admin would: for tests and benchmarks. */
public final class LargeQueries {

    private LargeQueries() {
    }

    /**
     * Two years (730 days) up to {@code end}, hourly, split by queue, over the form's resources, charted as
     * stacked bars. Call on the FX thread.
     */
    public static void twoYearsHourlyByQueue(ExplorerViewModel explorer, LocalDateTime end) {
        explorer.form().presetProperty().set(RangePreset.CUSTOM);
        explorer.form().customStartProperty().set(end.minusDays(730));
        explorer.form().customEndProperty().set(end);
        explorer.form().periodProperty().set(Period.HOURLY);
        explorer.form().groupByProperty().set(GroupField.QUEUE_ID);
        explorer.form().thenByProperty().set(null);
        explorer.chart().chartTypeProperty().set(ChartKind.STACKED_BARS);
    }

    /**
     * The last {@code days} days up to {@code end}, hourly, split by job, over the form's resources: on the large
     * studio ({@code LargeStudioGenerator}) about a million rows for its 92 days. Call on the FX thread.
     */
    public static void hourlyByJob(ExplorerViewModel explorer, LocalDateTime end, int days) {
        explorer.form().presetProperty().set(RangePreset.CUSTOM);
        explorer.form().customStartProperty().set(end.minusDays(days));
        explorer.form().customEndProperty().set(end);
        explorer.form().periodProperty().set(Period.HOURLY);
        explorer.form().groupByProperty().set(GroupField.JOB_ID);
        explorer.form().thenByProperty().set(null);
    }
}
