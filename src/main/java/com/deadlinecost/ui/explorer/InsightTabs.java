package com.deadlinecost.ui.explorer;

import com.deadlinecost.ui.insight.AnomalyListView;
import com.deadlinecost.ui.insight.InsightViewModel;
import com.deadlinecost.ui.insight.WhatChangedView;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The chart region as three tabs: the chart, "What changed" (the waterfall from the earlier range) and the
 * anomalies, whose title counts them. A click on a group's anomalies in the table brings the anomalies to the front.
 */
final class InsightTabs {
    private final TabPane tabs = new TabPane();

    InsightTabs(InsightViewModel insight, Node chart) {
        tabs.setId("insightTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab chartTab = new Tab("Chart", chart);
        chartTab.setId("chartTab");
        Tab changed = new Tab("What changed", new WhatChangedView(insight).node());
        changed.setId("whatChangedTab");
        Tab anomalies = new Tab("Anomalies", new AnomalyListView(insight));
        anomalies.setId("anomaliesTab");
        anomalies.textProperty().bind(Bindings.createStringBinding(() -> insight.runningProperty().get()
            ? "Anomalies \u2026" : "Anomalies (" + insight.count().get() + ")", insight.runningProperty(),
            insight.count()));
        tabs.getTabs().addAll(chartTab, changed, anomalies);
        insight.showAnomaliesRequestsProperty().addListener(observable -> tabs.getSelectionModel().select(anomalies));
    }

    Node node() {
        return tabs;
    }
}
