package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.GroupChange;
import com.deadlinecost.model.insight.GroupInsights;
import com.deadlinecost.model.rollup.GroupTable.Line;
import com.deadlinecost.present.Formats;
import com.deadlinecost.ui.results.ResultsInsight;
import com.deadlinecost.ui.results.ResultsStyles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The grouped table's columns from the investigation: each group's cost in the earlier range, its change and change
 * in percent ("new" for a group that did not spend then, "gone" for one that stopped), and its anomalies (how many,
 * their excess; a click shows them in the anomaly pane). Groups that spent only in the earlier range get a line.
 */
final class InsightColumns {
    static final String EARLIER = "groupEarlier";
    static final String CHANGE = "groupChange";
    static final String CHANGE_PERCENT = "groupChangePercent";
    static final String ANOMALIES = "groupAnomalies";
    /** The change ratio that stands for a new group in the change-percent column (sorts above every rise). */
    static final double NEW_GROUP = Double.POSITIVE_INFINITY;

    /** Builds a typed number column as the grouped table's other number columns are built. */
    @FunctionalInterface
    interface NumberColumns {
        TableColumn<Line, Double> of(String title, String id, ToDoubleFunction<Line> value,
                                     Function<Double, String> format, double width);
    }

    private InsightColumns() {
    }

    /**
     * The columns the insights call for, after the cost column; none before an investigation finds anything. They
     * read the insights when drawn, so new anomalies or contributors need no new columns while {@link #shape} holds.
     */
    static List<TableColumn<Line, ?>> of(ResultsInsight insight, NumberColumns number) {
        List<TableColumn<Line, ?>> columns = new ArrayList<>();
        GroupInsights shown = insight.groupsProperty().get();
        if (shown.compared()) {
            columns.add(number.of("Earlier cost", EARLIER, line -> groups(insight).change(line.key())
                .map(change -> change.earlierCents() / 100.0).orElse(0.0), Formats::money, 112));
            columns.add(number.of("Change", CHANGE, line -> groups(insight).change(line.key())
                .map(change -> change.changeCents() / 100.0).orElse(Double.NaN), InsightColumns::signedMoney, 112));
            columns.add(number.of("Change %", CHANGE_PERCENT, line -> changeRatio(groups(insight), line),
                InsightColumns::changeText, 84));
        }
        if (!shown.anomalies().isEmpty()) {
            columns.add(anomalies(insight));
        }
        return columns;
    }

    /** Which of the columns the insights call for: comparison columns (bit 1), the anomaly column (bit 2). */
    static int shape(GroupInsights groups) {
        return (groups.compared() ? 1 : 0) | (groups.anomalies().isEmpty() ? 0 : 2);
    }

    private static GroupInsights groups(ResultsInsight insight) {
        return insight.groupsProperty().get();
    }

    /** A line of zeros for every group that spent in the earlier range only, so that "gone" groups show. */
    static List<Line> goneLines(GroupInsights groups, int buckets) {
        List<Line> gone = new ArrayList<>();
        for (GroupChange change : groups.vanished()) {
            gone.add(new Line(change.group(), 0, 0, 0, new double[buckets]));
        }
        return gone;
    }

    /** The change as a ratio; {@link #NEW_GROUP} for a new group, -1 (shown "gone") for a vanished one. */
    static double changeRatio(GroupInsights groups, Line line) {
        return groups.change(line.key()).map(change -> change.status() == GroupChange.Status.NEW ? NEW_GROUP
            : change.status() == GroupChange.Status.VANISHED ? -1.0 : change.changeRatio()).orElse(Double.NaN);
    }

    static String changeText(Double ratio) {
        if (ratio == null || ratio.isNaN()) {
            return Formats.ABSENT;
        }
        if (ratio == NEW_GROUP) {
            return "new";
        }
        if (ratio == -1.0) {
            return "gone";
        }
        String percent = Formats.percent(ratio);
        return ratio > 0 ? "+" + percent : percent;
    }

    static String signedMoney(Double usd) {
        return usd != null && usd > 0 ? "+" + Formats.money(usd) : Formats.money(usd == null ? Double.NaN : usd);
    }

    /** "2 · +$1,234.00": how many anomalies concern the group and their excess together. */
    static String anomaliesText(List<Anomaly> anomalies) {
        if (anomalies.isEmpty()) {
            return "";
        }
        return anomalies.size() + " \u00b7 " + signedMoney(excess(anomalies));
    }

    private static double excess(List<Anomaly> anomalies) {
        return anomalies.stream().mapToDouble(Anomaly::excessUsd).sum();
    }

    private static TableColumn<Line, Line> anomalies(ResultsInsight insight) {
        TableColumn<Line, Line> column = new TableColumn<>("Anomalies");
        column.setId(ANOMALIES);
        column.setPrefWidth(130);
        LargestFirst.mark(column);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setComparator((one, two) -> Double.compare(excess(groups(insight).anomaliesOf(one.key())),
            excess(groups(insight).anomaliesOf(two.key()))));
        column.setCellFactory(owner -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            {
                getStyleClass().add(ResultsStyles.NUMBER_CELL);
                link.getStyleClass().add("anomaly-link");
            }

            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                List<Anomaly> of = empty || line == null ? List.of() : groups(insight).anomaliesOf(line.key());
                if (of.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                link.setText(anomaliesText(of));
                link.setOnAction(event -> insight.openAnomalies(line.key()));
                setGraphic(link);
            }
        });
        return column;
    }
}
