package com.deadlinecost.present.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.Rgb;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChartPainterTest {
    private static final ChartModel.Header HEADER = ChartModel.Header.titled("");

    @Test
    void hourlyStackedBarsOverThirtyDaysDrawABarPerSeriesAndBucket() {
        TimeRange month = ChartFixtures.range(Period.HOURLY, 30 * 24);
        ChartModel model = model(ChartFixtures.rows(Period.HOURLY, 30 * 24, 3, hour -> hour % 2 == 0),
            ChartKind.STACKED_BARS, Period.HOURLY, month, 2000);
        RecordingSurface surface = new RecordingSurface(null);

        ChartLayout layout = ChartPainter.paint(model, surface, 1600, 900);

        Set<Rgb> seriesColours = model.series().stream().map(ChartSeries::colour).collect(Collectors.toSet());
        long bars = surface.boxes.stream().filter(box -> seriesColours.contains(box.colour()))
            .filter(box -> box.x() >= layout.plotLeft() && box.x() <= layout.plotRight()).count();
        assertThat(bars).isEqualTo(3L * 30 * 24 / 2);
        assertThat(surface.boxes).filteredOn(box -> seriesColours.contains(box.colour()))
            .allMatch(box -> box.width() > 0 && box.height() > 0);
    }

    @Test
    void timeLabelsOfTwoYearsAreThinnedNeverOverlapAndCarryTheYear() {
        TimeRange twoYears = ChartFixtures.range(Period.DAILY, 730);
        ChartModel model = model(ChartFixtures.rows(Period.DAILY, 730, 2, day -> true), ChartKind.LINES,
            Period.DAILY, twoYears, 2000);
        RecordingSurface surface = new RecordingSurface(null);

        ChartLayout layout = ChartPainter.paint(model, surface, 1000, 560);

        List<RecordingSurface.Label> axis = surface.texts.stream()
            .filter(label -> label.baseline() > layout.plotBottom() && label.baseline() < layout.plotBottom() + 30)
            .filter(label -> !label.text().startsWith("$"))
            .sorted(Comparator.comparingDouble(RecordingSurface.Label::left)).collect(Collectors.toList());
        assertThat(axis).hasSizeBetween(3, 40);
        for (int index = 1; index < axis.size(); index++) {
            RecordingSurface.Label before = axis.get(index - 1);
            assertThat(axis.get(index).left()).isGreaterThan(before.left() + before.width());
        }
        assertThat(axis).allMatch(label -> label.text().matches(".*20\\d\\d"));
    }

    @Test
    void aGroupKeepsItsColourAcrossTwoQueries() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        ChartModel three = model(ChartFixtures.rows(Period.DAILY, 7, 3, day -> true), ChartKind.RANKED_BARS,
            Period.DAILY, week, 100);
        ChartModel six = model(ChartFixtures.rows(Period.DAILY, 7, 6, day -> true), ChartKind.RANKED_BARS,
            Period.DAILY, week, 100);

        ChartSeries before = three.series().stream().filter(one -> "queue-1".equals(one.groupValue())).findFirst()
            .orElseThrow();
        ChartSeries after = six.series().stream().filter(one -> "queue-1".equals(one.groupValue())).findFirst()
            .orElseThrow();
        assertThat(three.series().indexOf(before)).isNotEqualTo(six.series().indexOf(after));
        assertThat(after.colour()).isEqualTo(before.colour());
    }

    @Test
    void whatIsDrawnIsWhatAHitTestFinds() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        var rows = ChartFixtures.rows(Period.DAILY, 7, 4, day -> day != 3);
        for (ChartKind kind : ChartKind.forResults()) {
            ChartModel model = model(rows, kind, Period.DAILY, week, 100);
            ChartLayout layout = ChartPainter.paint(model, new RecordingSurface(null), 900, 560);
            int bucket = kind.overTime() ? 5 : 0;
            for (int series = 0; series < model.series().size(); series++) {
                double[] at = layout.pointOf(series, bucket).orElseThrow();
                assertThat(layout.hitAt(at[0], at[1])).as("%s series %d", kind, series)
                    .contains(new ChartHit(series, bucket, false));
            }
        }
    }

    @Test
    void theDonutLabelsSlicesAboveFivePercentAndRankedBarsTheirValues() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        var rows = ChartFixtures.rows(Period.DAILY, 7, 20, day -> true);
        ChartData all = ChartData.of(rows, new ChartData.Request(ChartKind.SHARE, GroupField.QUEUE_ID,
            Measure.COST_SUM, 30, Period.DAILY, UtcOffset.UTC, week), 100);
        RecordingSurface donut = new RecordingSurface(null);
        ChartPainter.paint(ChartModel.of(all, ChartKind.SHARE, DisplayNames.empty(), HEADER, Set.of(),
            Palette.Theme.LIGHT), donut, 900, 560);
        // Twenty queues costing $1 to $20 a day: queue-10 ($11) has 5.2 %, queue-9 ($10) 4.8 %.
        assertThat(donut.texts).extracting(RecordingSurface.Label::text).contains("9.5%", "5.2%")
            .doesNotContain("4.8%");

        RecordingSurface ranked = new RecordingSurface(null);
        ChartPainter.paint(model(ChartFixtures.rows(Period.DAILY, 7, 12, day -> true), ChartKind.RANKED_BARS,
            Period.DAILY, week, 100), ranked, 900, 560);
        // Queue-11 costs $12 a day; "Other" folds queues 0 to 3: $10 a day.
        assertThat(ranked.texts).extracting(RecordingSurface.Label::text).contains("$84.00", "$70.00");
    }

    private static ChartModel model(List<? extends com.deadlinecost.model.row.CostRow> rows, ChartKind kind,
                                    Period period, TimeRange range, int maxBuckets) {
        ChartData data = ChartData.of(rows, new ChartData.Request(kind, GroupField.QUEUE_ID, Measure.COST_SUM, 8,
            period, UtcOffset.UTC, range), maxBuckets);
        return ChartModel.of(data, kind, DisplayNames.empty(), HEADER, Set.of(), Palette.Theme.LIGHT);
    }
}
