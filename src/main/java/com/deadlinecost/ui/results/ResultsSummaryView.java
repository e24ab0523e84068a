package com.deadlinecost.ui.results;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.present.Formats;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The headline numbers of what is shown: cost, runtime, sessions, cost per hour and the top group. */
public final class ResultsSummaryView {
    private final ResultsViewModel results;
    private final Label cost = value("summaryCost");
    private final Label runtime = value("summaryRuntime");
    private final Label sessions = value("summarySessions");
    private final Label costPerHour = value("summaryCostPerHour");
    private final Label topGroup = value("summaryTopGroup");
    private final Label topCaption = caption("Top group");
    private final FlowPane root = new FlowPane();

    private final Label sessionsCaption = caption("Sessions");
    private final Tooltip explanation = new Tooltip();

    public ResultsSummaryView(ResultsViewModel results) {
        this.results = results;
        root.setId("resultsSummary");
        root.getStyleClass().add(ResultsStyles.SUMMARY);
        Label note = new Label("Costs are Deadline Cloud estimates");
        note.setId("estimateNote");
        note.getStyleClass().add(ResultsStyles.ESTIMATE_NOTE);
        root.getChildren().addAll(item(cost, caption("Estimated cost")), item(runtime, caption("Runtime")),
            item(sessions, sessionsCaption), item(costPerHour, caption("Cost per runtime hour")),
            item(topGroup, topCaption), projection(results.insight()), note);
        sessionsCaption.setId("summarySessionsCaption");
        explanation.setWrapText(true);
        explanation.setMaxWidth(360);
        Tooltip.install(sessions, explanation);
        Tooltip.install(sessionsCaption, explanation);
        Observable[] inputs = {results.summaryProperty(), results.namesValue(), results.queryValue()};
        for (Observable input : inputs) {
            input.addListener(observable -> show());
        }
        show();
    }

    /** The summary bar. */
    public Node node() {
        return root;
    }

    private void show() {
        ResultsSummary summary = results.summaryProperty().get();
        cost.setText(Formats.money(summary.costTotal()));
        runtime.setText(Formats.hours(summary.runtimeTotal()));
        sessions.setText(Formats.count(summary.sessionCount()));
        Period period = results.query() == null ? null : results.query().period();
        sessionsCaption.setText(ResultsSummary.sessionsCaption(period));
        explanation.setText(ResultsSummary.sessionsExplanation(period));
        costPerHour.setText(Formats.money(summary.costPerRuntimeHour()));
        if (summary.hasTopGroup()) {
            topCaption.setText("Top " + summary.topField().label().toLowerCase(Locale.ROOT) + " ("
                + Formats.money(summary.topCost()) + ", "
                + Formats.percent(summary.shareOfCost(summary.topCost())) + ")");
            topGroup.setText(summary.topGroupName(results.names()));
        } else {
            topCaption.setText("Top group");
            topGroup.setText(Formats.ABSENT);
        }
    }

    // Shown only for a range that reaches today: the month's projected total with its 80 % interval.
    private static VBox projection(ResultsInsight insight) {
        Label projected = value("summaryProjection");
        projected.textProperty().bind(insight.projectedMonthEndProperty());
        Label projectedCaption = caption("");
        projectedCaption.setId("summaryProjectionCaption");
        projectedCaption.textProperty().bind(Bindings.concat("Projected month end (",
            insight.projectedMonthEndIntervalProperty(), ")"));
        VBox item = item(projected, projectedCaption);
        Tooltip detail = new Tooltip();
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        detail.textProperty().bind(insight.projectedMonthEndDetailProperty());
        Tooltip.install(item, detail);
        item.visibleProperty().bind(insight.projectedMonthEndProperty().isNotEmpty());
        item.managedProperty().bind(item.visibleProperty());
        return item;
    }

    private static VBox item(Label value, Label caption) {
        VBox item = new VBox(value, caption);
        item.getStyleClass().add(ResultsStyles.SUMMARY_ITEM);
        return item;
    }

    private static Label value(String id) {
        Label label = new Label(Formats.ABSENT);
        label.setId(id);
        label.getStyleClass().add(ResultsStyles.SUMMARY_VALUE);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(ResultsStyles.SUMMARY_CAPTION);
        return label;
    }
}
