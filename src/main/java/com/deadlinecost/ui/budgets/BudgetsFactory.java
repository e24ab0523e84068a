package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/** Builds the Budgets view model on the explorer's connection and farm; wired by the composition root. */
@FunctionalInterface
public interface BudgetsFactory {
    /**
     * @param gateway the explorer's connection
     * @param farm the explorer's farm
     * @param openInExplorer fills the explorer with a query, runs it and shows the explorer
     */
    BudgetsViewModel create(ObservableValue<DeadlineGateway> gateway, ObservableValue<NamedResource> farm,
                            Consumer<StatisticsQuery> openInExplorer);
}
