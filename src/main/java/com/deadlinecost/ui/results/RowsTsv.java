package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Rows as tab-separated text with a header line, for the clipboard: it pastes into a spreadsheet as cells.
 * Numbers are raw (USD, seconds, a share from 0 to 1) with a dot, never formatted; times are local to the
 * query's offset; an absent statistic is an empty cell.
 */
public final class RowsTsv {

    /** The statistics columns in the order the table shows them. */
    public static final List<Statistic> COLUMN_ORDER = List.of(Statistic.SUM, Statistic.AVG, Statistic.MIN,
        Statistic.MAX);

    private static final DateTimeFormatter SPREADSHEET_TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private RowsTsv() {
    }

    /** The statistics of {@code query} in column order. */
    public static List<Statistic> shownStatistics(StatisticsQuery query) {
        List<Statistic> shown = new ArrayList<>();
        for (Statistic statistic : COLUMN_ORDER) {
            if (query.statistics().contains(statistic)) {
                shown.add(statistic);
            }
        }
        return shown;
    }

    /**
     * The text of {@code rows}: a header line, then one line per row, each ending with a newline.
     *
     * @param shownCostTotal the cost total the share column is relative to (NaN leaves the column empty)
     */
    public static String of(List<? extends CostRow> rows, StatisticsQuery query, DisplayNames names,
                            double shownCostTotal) {
        List<Statistic> statistics = shownStatistics(query);
        String offset = query.offset().toApiString();
        StringJoiner header = new StringJoiner("\t", "", "\n");
        for (GroupField field : query.groupBy()) {
            header.add(field.label()).add(field.label() + " ID");
        }
        header.add("Bucket start (" + offset + ")").add("Bucket end (" + offset + ")").add("Sessions");
        for (Statistic statistic : statistics) {
            header.add("Cost " + statistic.label().toLowerCase(Locale.ROOT) + " (USD)");
        }
        for (Statistic statistic : statistics) {
            header.add("Runtime " + statistic.label().toLowerCase(Locale.ROOT) + " (s)");
        }
        header.add("Share of cost");
        StringBuilder text = new StringBuilder(header.toString());
        for (CostRow row : rows) {
            StringJoiner line = new StringJoiner("\t", "", "\n");
            for (GroupField field : query.groupBy()) {
                line.add(clean(names.name(row.group(), field))).add(clean(row.value(field).orElse("")));
            }
            line.add(time(row.bucketStart(), query.offset())).add(time(row.bucketEnd(), query.offset()))
                .add(Long.toString(row.count()));
            for (Statistic statistic : statistics) {
                line.add(number(row.cost(statistic)));
            }
            for (Statistic statistic : statistics) {
                line.add(number(row.runtime(statistic)));
            }
            boolean shareKnown = !Double.isNaN(shownCostTotal) && shownCostTotal != 0;
            line.add(shareKnown ? number(row.costTotal() / shownCostTotal) : "");
            text.append(line);
        }
        return text.toString();
    }

    /** A raw number a spreadsheet parses: plain digits with a dot, no exponent; empty when absent. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String time(Instant instant, UtcOffset offset) {
        return SPREADSHEET_TIME.format(instant.atOffset(offset.zoneOffset()));
    }

    /** Tabs and line breaks inside a name would split cells or lines. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
