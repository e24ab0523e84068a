package com.deadlinecost.model.insight;

import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * How well {@link MonthProjection} would have done: for each of the last complete months, the projection made at
 * the end of day {@value #DAY} from the data up to then, against the month's actual total.
 */
public final class ProjectionBacktest {
    /** The day of the month the backtest projects on (at its end). */
    public static final int DAY = 10;
    /** The complete months it looks at. */
    public static final int MONTHS = 6;

    private final List<Month> months;

    private ProjectionBacktest(List<Month> months) {
        this.months = Collections.unmodifiableList(months);
    }

    /**
     * One month of the backtest.
     *
     * @param month the month
     * @param projection the projection made at the end of its day {@value #DAY}
     * @param actualUsd what the month cost
     */
    public record Month(YearMonth month, Projection projection, double actualUsd) {
        /** The absolute percentage error, e.g. 0.08 for 8 %; NaN when the month cost nothing. */
        public double absolutePercentageError() {
            return actualUsd == 0 ? Double.NaN : Math.abs(projection.projectedUsd() - actualUsd) / actualUsd;
        }
    }

    /**
     * The backtest of the {@value #MONTHS} complete months before {@code now}'s month.
     *
     * @param daily daily total costs
     * @param firstDay the first day the data can hold
     */
    public static ProjectionBacktest run(NavigableMap<LocalDate, Double> daily, LocalDate firstDay, Instant now,
                                         UtcOffset offset) {
        YearMonth current = YearMonth.from(now.atOffset(offset.zoneOffset()));
        List<Month> months = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            LocalDate asOfDay = month.atDay(DAY + 1);
            Instant asOf = asOfDay.atStartOfDay().toInstant(offset.zoneOffset());
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(offset.zoneOffset());
            // Only what was known at the end of day 10: the as-of day itself has not begun.
            NavigableMap<LocalDate, Double> known = daily.headMap(asOfDay, false);
            Optional<Projection> projection = MonthProjection.project(GroupKey.NONE, known, firstDay, asOf, end,
                offset);
            if (projection.isEmpty()) {
                continue;
            }
            double actual = daily.subMap(month.atDay(1), true, month.atEndOfMonth(), true).values().stream()
                .mapToDouble(Double::doubleValue).sum();
            months.add(new Month(month, projection.get(), actual));
        }
        return new ProjectionBacktest(months);
    }

    /** The first day of data the backtest before {@code now} reads. */
    public static Instant dataStart(Instant now, UtcOffset offset) {
        YearMonth first = YearMonth.from(now.atOffset(offset.zoneOffset())).minusMonths(MONTHS);
        return first.atDay(1).minusWeeks(MonthProjection.WEEKS).atStartOfDay().toInstant(offset.zoneOffset());
    }

    public List<Month> months() {
        return months;
    }

    /** The mean absolute percentage error over the months, NaN without months. */
    public double meanAbsolutePercentageError() {
        return months.stream().mapToDouble(Month::absolutePercentageError).filter(Double::isFinite).average()
            .orElse(Double.NaN);
    }

    /** How many months' actual totals fell inside their 80 % interval. */
    public long covered() {
        return months.stream().filter(month -> month.projection().covers(month.actualUsd())).count();
    }
}
