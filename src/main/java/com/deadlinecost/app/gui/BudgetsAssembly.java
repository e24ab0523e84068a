package com.deadlinecost.app.gui;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.ui.budgets.BudgetsFactory;
import com.deadlinecost.ui.budgets.BudgetsViewModel;
import com.deadlinecost.ui.common.TaskRunner;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/** Wires the Budgets tab: the window's task runner and clock, the explorer's connection and farm. */
public final class BudgetsAssembly implements BudgetsFactory {
    private final TaskRunner runner;
    private final Clock clock;

    public BudgetsAssembly(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public BudgetsViewModel create(ObservableValue<DeadlineGateway> gateway, ObservableValue<NamedResource> farm,
                                   Consumer<StatisticsQuery> openInExplorer) {
        return new BudgetsViewModel(gateway, farm, runner, clock, openInExplorer);
    }
}
