package com.deadlinecost.present.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.MonthProjection;
import com.deadlinecost.model.insight.Projection;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import com.deadlinecost.present.Palette;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartOverlayFoldTest {
    private static final Instant START = ChartFixtures.START;
    private static final ChartModel.Header HEADER = ChartModel.Header.titled("");
    /** A Friday noon in the middle of March 2025, where the data of the projection tests ends. */
    private static final Instant AS_OF = Instant.parse("2025-03-14T12:00:00Z");

    private static CostRow row(String queue, Instant start, Instant end, double cost) {
        return new CostRow(GroupKey.of(GroupField.QUEUE_ID, queue), Bucket.of(start, end), 1,
            EnumSet.of(Statistic.SUM), new StatisticValues(cost, cost, cost, cost),
            new StatisticValues(60, 60, 60, 60));
    }

    private static ChartData data(List<CostRow> rows, ChartKind kind, Period period, TimeRange range, int topN,
                                  int maxBuckets) {
        return ChartData.of(rows, new ChartData.Request(kind, GroupField.QUEUE_ID, Measure.COST_SUM, topN, period,
            UtcOffset.UTC, range), maxBuckets);
    }

    private static ChartModel withOverlays(ChartData data, ChartKind kind, ChartOverlayInputs inputs) {
        ChartModel plain = ChartModel.of(data, kind, DisplayNames.empty(), HEADER, Set.of(), Palette.Theme.LIGHT);
        return ChartOverlayFold.apply(plain, data, inputs, DisplayNames.empty());
    }

    private static ChartOverlayInputs earlierOnly(List<CostRow> rows, TimeRange current, TimeRange earlier) {
        return new ChartOverlayInputs(Optional.of(new ChartOverlayInputs.EarlierRows(rows, current, earlier,
            "Previous period")), Optional.empty(), List.of());
    }

    @Test
    void theEarlierPeriodPairsDayNWithDayNPerSeries() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        TimeRange before = new TimeRange(START.minus(Duration.ofDays(7)), START);
        List<CostRow> earlier = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            Instant from = before.start().plus(Duration.ofDays(day));
            earlier.add(row("queue-1", from, from.plus(Duration.ofDays(1)), 10.0 * (day + 1)));
        }
        ChartData data = data(ChartFixtures.rows(Period.DAILY, 7, 3, day -> true), ChartKind.LINES, Period.DAILY,
            week, 8, 100);

        ChartModel model = withOverlays(data, ChartKind.LINES, earlierOnly(earlier, week, before));

        double[] line = model.overlays().earlier().orElseThrow().of("queue-1").orElseThrow();
        assertThat(line).containsExactly(10, 20, 30, 40, 50, 60, 70);
        assertThat(model.overlays().earlier().get().of("queue-2").orElseThrow()).containsOnly(0.0);
        assertThat(model.buckets()).isEqualTo(data.series().buckets());
    }

    @Test
    void theEarlierPeriodFoldsIntoTheSameDisplayBucketsAsTheChart() {
        TimeRange sixtyDays = ChartFixtures.range(Period.HOURLY, 60 * 24);
        TimeRange before = new TimeRange(START.minus(Duration.ofDays(60)), START);
        List<CostRow> earlier = new ArrayList<>();
        for (Instant hour = before.start(); hour.isBefore(before.end()); hour = hour.plus(Duration.ofHours(1))) {
            earlier.add(row("queue-0", hour, hour.plus(Duration.ofHours(1)), 1.5));
        }
        ChartData data = data(ChartFixtures.rows(Period.HOURLY, 60 * 24, 2, hour -> true), ChartKind.LINES,
            Period.HOURLY, sixtyDays, 8, 100);
        assertThat(data.period()).isEqualTo(Period.DAILY);

        ChartModel model = withOverlays(data, ChartKind.LINES, earlierOnly(earlier, sixtyDays, before));

        double[] line = model.overlays().earlier().orElseThrow().of("queue-0").orElseThrow();
        assertThat(line).hasSize(60).containsOnly(36.0);
    }

    @Test
    void earlierRowsOfGroupsTheChartFoldsGoToOther() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        TimeRange before = new TimeRange(START.minus(Duration.ofDays(7)), START);
        Instant thirdDay = before.start().plus(Duration.ofDays(2));
        List<CostRow> earlier = List.of(row("queue-0", thirdDay, thirdDay.plus(Duration.ofDays(1)), 5),
            row("queue-9", thirdDay, thirdDay.plus(Duration.ofDays(1)), 2));
        ChartData data = data(ChartFixtures.rows(Period.DAILY, 7, 4, day -> true), ChartKind.STACKED_BARS,
            Period.DAILY, week, 2, 100);

        ChartModel model = withOverlays(data, ChartKind.STACKED_BARS, earlierOnly(earlier, week, before));

        String other = model.series().get(model.series().size() - 1).key();
        assertThat(model.overlays().earlier().orElseThrow().of(other).orElseThrow()[2]).isEqualTo(7.0);
    }

    /** Five weeks of history for two queues: weekdays cost (queue + 1) x 10 give or take 2, weekends nothing. */
    private static List<CostRow> history() {
        List<CostRow> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 2, 10);
        for (LocalDate day = first; !day.isAfter(LocalDate.of(2025, 3, 14)); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = day.equals(LocalDate.of(2025, 3, 14)) ? AS_OF : start.plus(Duration.ofDays(1));
            for (int queue = 0; queue < 2; queue++) {
                double cost = weekend ? 0 : (queue + 1) * 10 + (day.getDayOfMonth() % 2 == 0 ? 2 : -2);
                rows.add(row("queue-" + queue, start, end, day.equals(LocalDate.of(2025, 3, 14)) ? cost / 2 : cost));
            }
        }
        return rows;
    }

    private static ChartModel projected(ChartKind kind) {
        TimeRange toNow = new TimeRange(START, AS_OF);
        List<CostRow> rows = new ArrayList<>();
        for (CostRow one : history()) {
            if (!one.bucketStart().isBefore(START)) {
                rows.add(one);
            }
        }
        ProjectionBasis basis = new ProjectionBasis(history(), LocalDate.of(2025, 2, 10), AS_OF, UtcOffset.UTC);
        return withOverlays(data(rows, kind, Period.DAILY, toNow, 8, 100), kind,
            new ChartOverlayInputs(Optional.empty(), Optional.of(basis), List.of()));
    }

    @Test
    void aProjectionLengthensARangeThatEndsTodayToTheMonthsEndAndLeavesTheFutureWithoutActualValues() {
        ChartModel model = projected(ChartKind.LINES);

        // March 3 to March 31: the data's twelve days and the seventeen left of the month.
        assertThat(model.buckets()).hasSize(29);
        assertThat(model.buckets().get(28).end()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(model.buckets().get(11).end()).isEqualTo(Instant.parse("2025-03-15T00:00:00Z"));
        ChartSeries queue1 = model.series().get(model.indexOf("queue-1"));
        assertThat(queue1.values()[11]).isEqualTo(11.0);
        for (int bucket = 12; bucket < 29; bucket++) {
            assertThat(queue1.values()[bucket]).isNaN();
        }
        ChartOverlays.Projected projected = model.overlays().projected().orElseThrow();
        assertThat(projected.firstBucket()).isEqualTo(11);
        assertThat(projected.label()).isEqualTo("Projected to Mar 31, 80 % band");
    }

    @Test
    void theProjectedBucketsFollowTheWeekdayPatternInsideTheirBandAndAddUpToTheMonthEndProjection() {
        ChartModel model = projected(ChartKind.LINES);
        ChartOverlays.Band band = model.overlays().projected().orElseThrow().of("queue-1").orElseThrow();

        // March 17 is a Monday (bucket 14), March 22 a Saturday (bucket 19).
        assertThat(band.values()[14]).isBetween(18.0, 22.0);
        assertThat(band.low()[14]).isLessThan(band.values()[14]);
        assertThat(band.high()[14]).isGreaterThan(band.values()[14]);
        assertThat(band.values()[19]).isZero();
        assertThat(band.low()[19]).isZero();
        // The line joins the actual value of the day before the projection starts.
        assertThat(band.values()[10]).isEqualTo(model.series().get(model.indexOf("queue-1")).values()[10]);
        double rest = -11.0;
        for (int bucket = 11; bucket < 29; bucket++) {
            rest += band.values()[bucket];
        }
        ProjectionBasis basis = new ProjectionBasis(history(), LocalDate.of(2025, 2, 10), AS_OF, UtcOffset.UTC);
        List<CostRow> queue1 = history().stream().filter(one -> "queue-1".equals(one.group()
            .valueOrNull(GroupField.QUEUE_ID))).toList();
        Projection engine = MonthProjection.project(GroupKey.NONE, MonthProjection.daily(queue1, UtcOffset.UTC),
            basis.firstDay(), AS_OF, basis.monthEnd(), UtcOffset.UTC).orElseThrow();
        assertThat(rest).isCloseTo(engine.projectedUsd() - engine.monthToDateUsd(), within(1e-9));
    }

    @Test
    void linesDrawEachProjectionDashedFromTheLastActualBucketOverItsBand() {
        ChartModel model = projected(ChartKind.LINES);
        RecordingSurface surface = new RecordingSurface(null);

        ChartLayout layout = ChartPainter.paint(model, surface, 1200, 700);

        ChartSeries queue1 = model.series().get(model.indexOf("queue-1"));
        assertThat(surface.strokes).filteredOn(stroke -> stroke.dashed() && stroke.colour().equals(queue1.colour()))
            .singleElement().satisfies(stroke -> {
                assertThat(stroke.xs()[0]).isCloseTo(layout.bucketCentre(10), within(1e-9));
                assertThat(stroke.xs()).hasSize(29 - 10);
            });
        assertThat(surface.shapes).anySatisfy(shape -> {
            assertThat(shape.colour()).isEqualTo(queue1.colour());
            assertThat(shape.opacity()).isLessThan(0.5);
        });
        assertThat(surface.texts).extracting(RecordingSurface.Label::text)
            .contains("Projected to Mar 31, 80 % band");
        // A day without an actual value yet is found on its projected point, and says so.
        ChartOverlays.Band band = model.overlays().projected().orElseThrow().of("queue-1").orElseThrow();
        double y = layout.axis().position(band.values()[14], layout.plotBottom(), layout.plotTop());
        assertThat(layout.hitAt(layout.bucketCentre(14), y)).contains(new ChartHit(model.indexOf("queue-1"), 14,
            false));
        assertThat(model.describe(model.indexOf("queue-1"), 14)).contains("Mar 17, 2025", "Projected: $", "80 %: ");
    }

    @Test
    void stackedBarsDrawTheProjectedDaysFaintlyWithTheTotalsBandAsAWhisker() {
        ChartModel model = projected(ChartKind.STACKED_BARS);
        RecordingSurface surface = new RecordingSurface(null);

        ChartLayout layout = ChartPainter.paint(model, surface, 1200, 700);

        ChartSeries queue1 = model.series().get(model.indexOf("queue-1"));
        double monday = layout.bucketCentre(14);
        assertThat(surface.boxes).anySatisfy(box -> {
            assertThat(box.colour()).isEqualTo(queue1.colour().mix(model.theme().background(), OverlayPlot.FAINT));
            assertThat(box.x() + box.width() / 2).isCloseTo(monday, within(1e-6));
        });
        assertThat(surface.strokes).anySatisfy(stroke -> {
            assertThat(stroke.xs()[0]).isCloseTo(monday, within(1e-6));
            assertThat(stroke.xs()[1]).isCloseTo(monday, within(1e-6));
            assertThat(stroke.ys()[0]).isNotCloseTo(stroke.ys()[1], within(1.0));
        });
    }

    @Test
    void anAnomalyIsAMarkerOnItsGroupsBucketThatAHitTestFindsAndDescribes() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        Instant thursday = START.plus(Duration.ofDays(3));
        Anomaly spike = new Anomaly(Anomaly.Kind.SPEND_SPIKE, GroupKey.of(GroupField.QUEUE_ID, "queue-2"), thursday,
            thursday.plus(Duration.ofDays(1)), 3, 1, 6.44, "", List.of());
        for (ChartKind kind : List.of(ChartKind.LINES, ChartKind.STACKED_BARS)) {
            ChartData data = data(ChartFixtures.rows(Period.DAILY, 7, 3, day -> true), kind, Period.DAILY, week, 8,
                100);
            ChartModel model = withOverlays(data, kind, new ChartOverlayInputs(Optional.empty(), Optional.empty(),
                List.of(spike)));

            ChartLayout layout = ChartPainter.paint(model, new RecordingSurface(null), 1000, 600);

            ChartMarker marker = model.overlays().markers().get(0);
            assertThat(marker.seriesKey()).isEqualTo("queue-2");
            assertThat(marker.bucket()).isEqualTo(3);
            double[] at = layout.markerPoint(0).orElseThrow();
            assertThat(at[0]).isCloseTo(layout.bucketCentre(3), within(1e-9));
            double[] onSeries = layout.pointOf(model.indexOf("queue-2"), 3).orElseThrow();
            assertThat(at[1]).as(kind.name()).isLessThanOrEqualTo(onSeries[1]);
            assertThat(layout.markerAt(at[0] + 4, at[1] - 4)).contains(0);
            assertThat(layout.markerAt(at[0] + 30, at[1])).isEmpty();
            assertThat(marker.describe()).contains("Spend spike", "queue-2", "Mar 6, 2025", "Actual $3.00",
                "expected $1.00", "Excess $2.00", "score 6.4");
        }
    }

    @Test
    void anAnomalyOfAGroupTheChartFoldsIsMarkedOnOther() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        Anomaly spike = new Anomaly(Anomaly.Kind.SPEND_SPIKE, GroupKey.of(GroupField.QUEUE_ID, "queue-0"), START,
            START.plus(Duration.ofDays(1)), 3, 1, 5, "", List.of());
        ChartData data = data(ChartFixtures.rows(Period.DAILY, 7, 4, day -> true), ChartKind.LINES, Period.DAILY,
            week, 2, 100);

        ChartModel model = withOverlays(data, ChartKind.LINES, new ChartOverlayInputs(Optional.empty(),
            Optional.empty(), List.of(spike)));

        assertThat(model.overlays().markers()).singleElement()
            .satisfies(marker -> assertThat(marker.seriesKey()).isEqualTo(model.series().get(2).key()));
        assertThat(model.series().get(2).drillable()).isFalse();
    }

    @Test
    void chartsWithoutATimeAxisComeBackUnchanged() {
        TimeRange week = ChartFixtures.range(Period.DAILY, 7);
        ChartData data = data(ChartFixtures.rows(Period.DAILY, 7, 3, day -> true), ChartKind.RANKED_BARS,
            Period.DAILY, week, 8, 100);
        ChartModel plain = ChartModel.of(data, ChartKind.RANKED_BARS, DisplayNames.empty(), HEADER, Set.of(),
            Palette.Theme.LIGHT);

        assertThat(ChartOverlayFold.apply(plain, data, earlierOnly(List.of(), week, week), DisplayNames.empty()))
            .isSameAs(plain);
    }
}
