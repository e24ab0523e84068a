package com.deadlinecost.ui.results.table;

import com.deadlinecost.model.insight.GroupInsights;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.rollup.GroupTable;
import com.deadlinecost.model.rollup.GroupTable.Line;
import com.deadlinecost.present.Formats;
import com.deadlinecost.present.Labels;
import com.deadlinecost.ui.results.ResultsStyles;
import com.deadlinecost.ui.results.ResultsSummary;
import com.deadlinecost.ui.results.ResultsViewModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * The results as a cost analyst reads them first: one line per group with its totals over the range, its share,
 * cost per runtime hour, session-periods, a sparkline of the chart's measure, and a column of that measure per
 * bucket when the range has at most {@link GroupTable#MAX_BUCKET_COLUMNS}; largest cost first. Numeric columns
 * sort descending on the first click. A double-click opens the group as the chart does.
 */
final class GroupedTable {
    static final String COST_COLUMN = "groupCost";
    private static final String TEXT_OF = "groupedTable.textOf";
    private static final double CELL_PADDING = 24;
    private static final double MAX_FITTED_WIDTH = 320;
    private static final double SPARK_WIDTH = 96;
    private static final double SPARK_HEIGHT = 18;

    private final ResultsViewModel results;
    private final TableView<Line> table = new TableView<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final SortedList<Line> sorted = new SortedList<>(lines);
    private StatisticsQuery columnsOf;
    private Measure columnsMeasure;
    private int columnsInsightShape;
    private GroupInsights shownInsights = GroupInsights.NONE;
    private boolean restoring;

    GroupedTable(ResultsViewModel results) {
        this.results = results;
        table.setId("groupedTable");
        table.setTableMenuButtonVisible(true);
        LargestFirst.install(table);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label();
        empty.getStyleClass().add(ResultsStyles.EMPTY);
        empty.textProperty().bind(results.emptyMessageBinding());
        table.setPlaceholder(empty);
        table.setOnMouseClicked(event -> {
            Line line = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && line != null
                && !line.key().fields().isEmpty()) {
                GroupField field = line.key().fields().contains(results.query().groupBy().get(0))
                    ? results.query().groupBy().get(0) : line.key().fields().get(0);
                results.drillDown().open(field, line.key().valueOrNull(field));
            }
        });
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<Line, ?>>) change ->
            rememberSort());
        results.groupTableProperty().addListener((observable, before, now) -> show(now));
        results.insight().groupsProperty().addListener((observable, before, now) ->
            show(results.groupTableProperty().get()));
        // A view opened with another sort or hidden columns applies them to the columns shown.
        results.sortColumnProperty().addListener((observable, before, now) -> reapply());
        results.hiddenColumns().addListener((javafx.collections.ListChangeListener<String>) change -> reapply());
        results.columnWidths().addListener((MapChangeListener<String, Double>) change -> reapply());
        show(results.groupTableProperty().get());
    }

    TableView<Line> table() {
        return table;
    }

    private void show(GroupTable groups) {
        StatisticsQuery query = results.query();
        int buckets = groups.hasBucketColumns() ? groups.bucketStarts().size() : 0;
        GroupInsights insights = results.insight().groupsProperty().get();
        if (query != columnsOf || results.trendMeasure() != columnsMeasure || bucketColumnCount() != buckets
            || InsightColumns.shape(insights) != columnsInsightShape) {
            rebuildColumns(query, groups);
        }
        List<Line> shown = new ArrayList<>(groups.lines());
        if (showsEveryGroup()) {
            shown.addAll(InsightColumns.goneLines(insights, groups.bucketStarts().size()));
        }
        lines.setAll(shown);
        if (insights != shownInsights) {
            // Same columns, new values (contributors found, an anomaly marked expected): draw the cells again.
            shownInsights = insights;
            table.refresh();
        }
        fitToContent();
    }

    // Groups that spent only in the earlier range are listed unless a drill-down, search or filter narrows the rows.
    private boolean showsEveryGroup() {
        StatisticsQuery query = results.query();
        return query != null && results.drillDown().steps().isEmpty() && results.searchTextProperty().get().isBlank()
            && query.groupBy().stream().allMatch(field -> results.columnFilter(field).isEmpty());
    }

    private void reapply() {
        if (!restoring && columnsOf != null) {
            rebuildColumns(columnsOf, results.groupTableProperty().get());
        }
    }

    private int bucketColumnCount() {
        return (int) table.getColumns().stream().filter(column -> column.getId() != null
            && column.getId().startsWith("bucket-")).count();
    }

    private void rebuildColumns(StatisticsQuery query, GroupTable groups) {
        columnsOf = query;
        columnsMeasure = results.trendMeasure();
        columnsInsightShape = InsightColumns.shape(results.insight().groupsProperty().get());
        Function<Double, String> perBucket = format(columnsMeasure);
        List<TableColumn<Line, ?>> columns = new ArrayList<>();
        if (query != null) {
            for (GroupField field : query.groupBy()) {
                TableColumn<Line, String> name = new TableColumn<>(field.label());
                name.setId("groupName-" + field.name());
                name.setPrefWidth(170);
                name.getProperties().put(TEXT_OF, (Function<Line, String>) line -> results.names().name(line.key(),
                    field));
                name.setCellValueFactory(data -> Bindings.createStringBinding(
                    () -> results.names().name(data.getValue().key(), field), results.namesValue()));
                columns.add(name);
            }
            TableColumn<Line, Double> cost = number("Cost", COST_COLUMN, Line::cost, Formats::money, 112);
            columns.add(cost);
            columns.addAll(InsightColumns.of(results.insight(), this::number));
            columns.add(number("Share", "groupShare", line -> results.groupTableProperty().get().shareOf(line),
                Formats::percent, 70));
            columns.add(number("Runtime", "groupRuntime", Line::runtime, Formats::hours, 90));
            columns.add(number("Cost / runtime h", "groupCostPerHour", Line::costPerRuntimeHour, Formats::money,
                136));
            TableColumn<Line, Double> sessions = number(ResultsSummary.sessionsCaption(query.period()),
                "groupSessions", line -> line.sessions(), Formats::count, 110);
            columns.add(sessions);
            columns.add(sparkline(columnsMeasure));
            if (groups.hasBucketColumns()) {
                List<Instant> starts = groups.bucketStarts();
                boolean withYear = Labels.spansYears(starts.get(0), starts.get(starts.size() - 1), query.offset());
                for (int index = 0; index < starts.size(); index++) {
                    int bucket = index;
                    columns.add(number(Labels.bucket(starts.get(index), query.period(), query.offset(), withYear),
                        "bucket-" + index, line -> line.byBucket()[bucket], perBucket, 84));
                }
            }
            restoring = true;
            table.getColumns().setAll(columns);
            for (TableColumn<Line, ?> column : columns) {
                column.setVisible(!results.hiddenColumns().contains(column.getId()));
                column.visibleProperty().addListener((observable, was, visible) -> rememberHidden(column, visible));
                Double width = results.columnWidths().get(column.getId());
                if (width != null) {
                    column.setPrefWidth(Math.max(width, column.getMinWidth()));
                }
                // Only the user changes a width after this: the table's resize policy is unconstrained.
                column.widthProperty().addListener((observable, was, now) -> rememberWidth(column,
                    now.doubleValue()));
            }
            TableColumn<Line, ?> sortBy = columns.stream().filter(column -> column.getId().equals(
                results.sortColumnProperty().get())).findFirst().orElse(cost);
            sortBy.setSortType(sortBy == cost && results.sortColumnProperty().get() == null
                || results.sortDescendingProperty().get() ? TableColumn.SortType.DESCENDING
                : TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(sortBy));
            restoring = false;
        } else {
            table.getColumns().clear();
        }
    }

    // The user's sort, hidden columns and widths live in the view model: kept for the next query and saved with a view.
    private void rememberSort() {
        if (restoring) {
            return;
        }
        TableColumn<Line, ?> sortBy = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        restoring = true;
        results.sortDescendingProperty().set(sortBy == null
            || sortBy.getSortType() == TableColumn.SortType.DESCENDING);
        results.sortColumnProperty().set(sortBy == null ? null : sortBy.getId());
        restoring = false;
    }

    private void rememberHidden(TableColumn<Line, ?> column, boolean visible) {
        if (restoring) {
            return;
        }
        restoring = true;
        if (visible) {
            results.hiddenColumns().remove(column.getId());
        } else if (!results.hiddenColumns().contains(column.getId())) {
            results.hiddenColumns().add(column.getId());
        }
        restoring = false;
    }

    // Each column is as wide as its longest text (header or value), so money is never cut; a width the user chose
    // wins. Only the longest string of a column is measured, so a table of thousands of lines stays cheap.
    @SuppressWarnings("unchecked")
    private void fitToContent() {
        restoring = true;
        for (TableColumn<Line, ?> column : table.getColumns()) {
            Object textOf = column.getProperties().get(TEXT_OF);
            if (textOf == null || results.columnWidths().containsKey(column.getId())) {
                continue;
            }
            String longest = column.getText();
            for (Line line : lines) {
                String text = ((Function<Line, String>) textOf).apply(line);
                if (text != null && text.length() > longest.length()) {
                    longest = text;
                }
            }
            double text = Math.max(textWidth(column.getText()), textWidth(longest));
            column.setPrefWidth(Math.ceil(Math.max(column.getMinWidth(), Math.min(MAX_FITTED_WIDTH,
                text + CELL_PADDING))));
        }
        restoring = false;
    }

    private static double textWidth(String text) {
        return new Text(text).getLayoutBounds().getWidth();
    }

    private void rememberWidth(TableColumn<Line, ?> column, double width) {
        if (restoring || !Double.isFinite(width) || width <= 0) {
            return;
        }
        restoring = true;
        results.columnWidths().put(column.getId(), width);
        restoring = false;
    }

    // Numbers sort largest first on the first click: the question is nearly always "which cost most".
    private TableColumn<Line, Double> number(String title, String id, ToDoubleFunction<Line> value,
                                             Function<Double, String> format, double width) {
        TableColumn<Line, Double> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        LargestFirst.mark(column);
        column.setComparator((one, two) -> Double.compare(nanLow(one), nanLow(two)));
        column.getProperties().put(TEXT_OF, (Function<Line, String>) line -> format.apply(value.applyAsDouble(line)));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(data.getValue())));
        column.setCellFactory(owner -> new TableCell<>() {
            {
                getStyleClass().add(ResultsStyles.NUMBER_CELL);
            }

            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        return column;
    }

    private static double nanLow(Double value) {
        return value == null || value.isNaN() ? Double.NEGATIVE_INFINITY : value;
    }

    // The bucket columns show the chart's measure as the chart's axis would.
    private static Function<Double, String> format(Measure measure) {
        switch (measure) {
            case RUNTIME_SUM:
                return Formats::hours;
            case COUNT:
                return Formats::count;
            default:
                return Formats::money;
        }
    }

    private TableColumn<Line, Line> sparkline(Measure measure) {
        String shown = switch (measure) {
            case RUNTIME_SUM -> "Runtime";
            case COUNT -> "Sessions";
            case AVERAGE_COST -> "Average cost";
            default -> "Cost";
        };
        TableColumn<Line, Line> column = new TableColumn<>(shown + " trend");
        column.setId("groupSparkline");
        column.setPrefWidth(SPARK_WIDTH + 16);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(owner -> new SparklineCell());
        return column;
    }

    /** A small line of the group's measure per bucket (folded to at most 60 points), drawn on one canvas. */
    static final class SparklineCell extends TableCell<Line, Line> {
        private final Canvas canvas = new Canvas(SPARK_WIDTH, SPARK_HEIGHT);

        SparklineCell() {
            getStyleClass().add("sparkline-cell");
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            draw(canvas.getGraphicsContext2D(), line.spark(GroupTable.SPARK_POINTS));
            setGraphic(canvas);
        }

        private static void draw(GraphicsContext g, double[] values) {
            g.clearRect(0, 0, SPARK_WIDTH, SPARK_HEIGHT);
            double max = 0;
            for (double value : values) {
                max = Math.max(max, value);
            }
            if (values.length < 2 || max <= 0) {
                return;
            }
            g.setStroke(Color.web("#2f6fdb"));
            g.setLineWidth(1.2);
            g.beginPath();
            for (int index = 0; index < values.length; index++) {
                double x = 1 + index * (SPARK_WIDTH - 2) / (values.length - 1);
                double y = SPARK_HEIGHT - 2 - values[index] / max * (SPARK_HEIGHT - 4);
                if (index == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
    }
}
