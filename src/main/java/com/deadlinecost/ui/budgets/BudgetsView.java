package com.deadlinecost.ui.budgets;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.service.export.BudgetLine;
import com.deadlinecost.ui.common.Controls;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Budgets tab: a toolbar, the budgets table (most at risk first), and the selected budget's burn-up chart
 * with its forecast. Every change to the farm goes through a confirmation that says what will change.
 */
public final class BudgetsView {
    static final String STYLE_STOPPED = "budget-stopped";
    static final String STYLE_AT_RISK = "budget-at-risk";

    private final BudgetsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<BudgetLine> table = new TableView<>();

    public BudgetsView(BudgetsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("budgetsView");
        root.getStylesheets().add(BudgetsView.class.getResource("budgets.css").toExternalForm());
        root.setTop(toolBar());
        SplitPane split = new SplitPane(table(), detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        root.setCenter(split);
        Label status = new Label();
        status.setId("budgetsStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolBar() {
        Button refresh = Controls.button("refreshBudgets", "Refresh", () -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.busyProperty());
        Button create = Controls.button("newBudget", "New budget...", () -> BudgetEditorDialog.show(window(),
            viewModel.newBudget(), viewModel));
        create.disableProperty().bind(viewModel.canCreateProperty().not());
        Button edit = Controls.button("editBudget", "Edit...", () -> BudgetEditorDialog.show(window(),
            viewModel.editSelected(), viewModel));
        edit.disableProperty().bind(viewModel.canChangeSelectedProperty().not());
        Button delete = Controls.button("deleteBudget", "Delete...", this::confirmDelete);
        delete.disableProperty().bind(viewModel.canChangeSelectedProperty().not());
        Button open = Controls.button("openInExplorer", "Open in explorer by user", viewModel::openSelectedInExplorer);
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        return new ToolBar(refresh, create, edit, delete, open);
    }

    private TableView<BudgetLine> table() {
        table.setId("budgetsTable");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No budgets on this farm."));
        table.getColumns().setAll(
            Controls.textColumn("Budget", 180, line -> line.budget().displayName()),
            Controls.textColumn("Queue", 110, BudgetLine::queueName),
            Controls.textColumn("Limit", 80, line -> money(line.budget().limit())),
            Controls.textColumn("Used", 80, line -> money(line.budget().used())),
            Controls.textColumn("Used %", 60, line -> percent(line.budget().usedShare())),
            Controls.textColumn("Remaining", 85, line -> money(line.budget().remaining())),
            Controls.textColumn("Projected %", 90, line -> percent(line.projection().projectedShare())),
            Controls.textColumn("Schedule", 230, BudgetsView::schedule),
            Controls.textColumn("Status", 80, BudgetLine::state),
            Controls.textColumn("Actions", 150, line -> line.budget().actions().stream()
                .map(action -> action.percentText() + " " + action.type().shortLabel())
                .collect(Collectors.joining(", "))),
            Controls.textColumn("Queue stopped at", 130, line -> line.budget().queueStoppedAt() == null ? ""
                : line.budget().queueStoppedAt().toString().replace('T', ' ').replace("Z", " UTC")));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(after);
            }
        });
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll(STYLE_STOPPED, STYLE_AT_RISK);
                if (!empty && line != null) {
                    if (line.budget().stopped()) {
                        getStyleClass().add(STYLE_STOPPED);
                    } else if (line.budget().active() && line.projection().projectedShare() >= 0.9) {
                        getStyleClass().add(STYLE_AT_RISK);
                    }
                }
            }
        });
        return table;
    }

    private Region detail() {
        Label title = new Label();
        title.setId("budgetTitle");
        title.getStyleClass().add("budget-title");
        title.textProperty().bind(viewModel.selectedProperty().map(line -> line.budget().displayName() + " - "
            + line.queueName()).orElse("Select a budget to see how fast it burns."));
        Label forecast = new Label();
        forecast.setId("budgetForecast");
        forecast.setWrapText(true);
        forecast.textProperty().bind(viewModel.forecastProperty());
        Label problem = new Label();
        problem.setId("budgetsProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty().map(known -> known.getMessage() + " "
            + known.advice()).orElse(""));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        BurnUpCanvas chart = new BurnUpCanvas(viewModel.burnUpProperty(), viewModel.selectedProperty()
            .map(line -> "Burn-up of " + line.budget().displayName()).orElse(""));
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox detail = new VBox(6, problem, title, forecast, chart);
        detail.setPadding(new Insets(8));
        detail.setAlignment(Pos.TOP_LEFT);
        return detail;
    }

    private void confirmDelete() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window());
        alert.setTitle("Delete budget");
        alert.setHeaderText("Delete this budget from the farm?");
        alert.setContentText(String.join("\n", viewModel.deleteConsequences()));
        ButtonType delete = new ButtonType("Delete budget from the farm", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, delete);
        alert.getDialogPane().setId("deleteBudgetConfirmation");
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            viewModel.deleteSelected();
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static String schedule(BudgetLine line) {
        Budget budget = line.budget();
        String window = LocalDate.ofInstant(budget.start(), ZoneOffset.UTC) + " to "
            + LocalDate.ofInstant(budget.end().minusSeconds(1), ZoneOffset.UTC);
        if (budget.ended(line.projection().now())) {
            return window + " (ended)";
        }
        return window + " (" + line.daysLeft() + " days left)";
    }

    static String money(double dollars) {
        return String.format(Locale.US, "$%,.2f", dollars);
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.0f %%", share * 100);
    }
}
