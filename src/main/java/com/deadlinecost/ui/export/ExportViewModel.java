package com.deadlinecost.ui.export;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartOverlayInputs;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.ResultJson;
import com.deadlinecost.service.export.RowsCsv;
import com.deadlinecost.service.export.chart.ChartExporter;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.export.chart.ChartSpec;
import com.deadlinecost.service.settings.LiveSettings;
import com.deadlinecost.service.settings.ViewSettings;
import com.deadlinecost.service.views.QueryForms;
import com.deadlinecost.service.views.SavedView;
import com.deadlinecost.service.views.ViewAvailability;
import com.deadlinecost.service.views.ViewConnection;
import com.deadlinecost.service.views.ViewFiles;
import com.deadlinecost.service.views.ViewLoadResult;
import com.deadlinecost.ui.common.BackgroundWork;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskRunner;
import com.deadlinecost.ui.connection.ConnectionViewModel;
import com.deadlinecost.ui.explorer.ExplorerViewModel;
import com.deadlinecost.ui.explorer.ShownView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File > Export and the saved views: writes the chart, the rows and the result, saves and opens views. Files
 * are written off the UI thread and atomically by the services; the outcome is one line for the status bar.
 */
public final class ExportViewModel {
    /** The size charts are exported at, in points; PNG 2x doubles it. */
    public static final int CHART_WIDTH = 1600;
    public static final int CHART_HEIGHT = 900;

    private final ExplorerViewModel explorer;
    private final TaskRunner taskRunner;
    private final Clock clock;
    private final LiveSettings settings;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> recentViews = FXCollections.observableArrayList();
    private final BooleanBinding hasResult;
    private boolean holdQuery;

    public ExportViewModel(ExplorerViewModel explorer, TaskRunner taskRunner, LiveSettings settings, Clock clock) {
        this.explorer = explorer;
        this.taskRunner = taskRunner;
        this.settings = settings;
        this.clock = clock;
        showRecentViews();
        this.hasResult = explorer.run().shownQueryProperty().isNotNull().and(explorer.run().runningProperty().not());
    }

    /** What the last export or view action did, or what went wrong, in one line. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Saved views opened or saved lately, newest first; files that are gone are left out. */
    public ObservableList<Path> recentViews() {
        return recentViews;
    }

    /** Whether there is a finished result to export. */
    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    /** The kinds of File > Export data, in the dialog's order. */
    public enum DataExport {
        SHOWN_CSV, SHOWN_CSV_FOR_EXCEL, ALL_CSV, JSON
    }

    /**
     * Writes the chart to the file the user typed: its extension chooses the format ("chart1.pdf" is a PDF
     * whatever filter was selected); a name without one gets the selected filter's.
     */
    public void exportChartAs(Path typed, ChartFileFormat selected) {
        ChartFileFormat format = ExportTargets.chartFormat(typed, selected);
        exportChart(ExportTargets.withExtension(typed, format.extension()), format);
    }

    /** Writes the rows or the result to the file the user typed; a ".json" name is JSON, a ".csv" name CSV. */
    public void exportDataAs(Path typed, DataExport selected) {
        DataExport chosen = ExportTargets.hasExtension(typed, "json") ? DataExport.JSON
            : selected == DataExport.JSON && ExportTargets.hasExtension(typed, "csv") ? DataExport.ALL_CSV : selected;
        if (chosen == DataExport.JSON) {
            exportJson(ExportTargets.withExtension(typed, "json"));
        } else {
            exportRows(ExportTargets.withExtension(typed, "csv"), chosen != DataExport.ALL_CSV,
                chosen == DataExport.SHOWN_CSV_FOR_EXCEL);
        }
    }

    /** Saves the view under the name the user typed, with the extension added when missing. */
    public void saveViewAs(Path typed) {
        Path file = ExportTargets.withExtension(typed, SavedView.EXTENSION);
        saveView(file, ExportTargets.viewName(file));
    }

    /** The folder the last export or view went to or came from, while it exists. */
    public Optional<Path> initialFolder() {
        return settings.current().exportFolderIfAny().map(Path::of).filter(Files::isDirectory);
    }

    /** A file name for an export of the shown query, such as "feature_2026-01-01_2026-01-31_by-queue.png". */
    public String suggestedFileName(String extension) {
        StatisticsQuery query = explorer.run().shownQueryProperty().get();
        if (query == null) {
            query = explorer.form().query().orElse(null);
        }
        String base = query == null ? "export" : ExportTargets.suggestedBaseName(query, context(query).farmName());
        return base + "." + extension;
    }

    /**
     * Writes the chart as shown (type, dimension, measure, top N, filters, zoom) in the given format, folded
     * afresh for the export's width from the same rows (in the background, like the write).
     */
    public void exportChart(Path file, ChartFileFormat format) {
        Function<ChartData, ChartSpec> spec = chartSpec();
        Supplier<ChartData> fold = explorer.chart().foldFor(CHART_WIDTH);
        write(file, () -> ChartExporter.write(spec.apply(fold.get()), CHART_WIDTH, CHART_HEIGHT, format, file));
    }

    /** The chart as an image at the export's size, for the clipboard; empty when there is no result. */
    public Optional<BufferedImage> chartImage() {
        Supplier<ChartData> fold = hasResult.get() ? explorer.chart().foldFor(CHART_WIDTH) : null;
        if (fold == null) {
            return Optional.empty();
        }
        return Optional.of(ChartExporter.image(chartSpec().apply(fold.get()), CHART_WIDTH, CHART_HEIGHT, 1));
    }

    /** Writes the rows as CSV: the shown (filtered) ones or all of them; a BOM helps Excel read UTF-8. */
    public void exportRows(Path file, boolean shownOnly, boolean byteOrderMark) {
        List<CostRow> rows = List.copyOf(shownOnly ? explorer.results().shownRows() : explorer.results().rows().all());
        ExportContext context = context();
        write(file, () -> RowsCsv.write(file, context, rows, byteOrderMark));
    }

    /** Writes the full result as JSON: the query, every row as the API returned it, names and metadata. */
    public void exportJson(Path file) {
        List<CostRow> rows = List.copyOf(explorer.results().rows().all());
        ExportContext context = context();
        write(file, () -> ResultJson.write(file, context, rows));
    }

    /** Saves the shown query with the chart and table settings as a view file. */
    public void saveView(Path file, String name) {
        StatisticsQuery query = explorer.run().shownQueryProperty().get();
        Optional<StatisticsQuery> formQuery = explorer.form().query();
        StatisticsQuery chosen = formQuery.orElse(query);
        if (chosen == null) {
            outcome.set("Nothing to save yet: choose a query first.");
            return;
        }
        SavedView view = ViewFiles.newView(name, ViewConnection.of(explorer.connection().target()),
            QueryForms.save(chosen, explorer.form().presetProperty().get(),
                explorer.form().compareWithProperty().get()), settings(), clock.instant());
        submit(context -> {
            ViewFiles.save(file, view);
            return file;
        }, written -> {
            outcome.set("Saved view " + written);
            remember(written);
        });
    }

    /** Opens a view: connects as it says, fills the form, applies the chart settings and runs the query. */
    public void openView(Path file) {
        submit(context -> ViewFiles.load(file), result -> apply(file, result));
    }

    /**
     * Opens a view as the app starts: as {@link #openView}, except that its query is not run by itself when the
     * last session's query did not finish (cancelled, failed, or the app was ended while it ran).
     */
    public void openViewAtStartUp(Path file) {
        holdQuery = explorer.lastRunUnfinished();
        openView(file);
    }

    private void apply(Path file, ViewLoadResult result) {
        if (result.view().isEmpty()) {
            outcome.set(result.error().orElse("The view " + file.getFileName() + " could not be read."));
            return;
        }
        result.view().get().connection().target().ifPresent(target -> {
            if (!target.equals(explorer.connection().target())) {
                explorer.connection().select(target);
                explorer.connection().connect();
            }
        });
        // What the view names is checked against what this connection can see, off the UI thread.
        whenConnected(gateway -> submit(context -> ViewAvailability.check(result, gateway),
            checked -> show(file, checked)));
    }

    private void show(Path file, ViewLoadResult checked) {
        SavedView view = checked.view().orElseThrow();
        remember(file);
        applySettings(view.settings());
        List<String> notes = new ArrayList<>(checked.warnings());
        String opened = "Opened view '" + view.name() + "'";
        try {
            QueryForms.Restored restored = QueryForms.restore(view.query(), clock);
            explorer.form().fill(restored.query(), restored.preset());
            explorer.form().compareWithProperty().set(restored.compareWith());
            if (holdQuery) {
                holdQuery = false;
                outcome.set(opened + " without running it: the last query did not finish. Press Run to run it.");
                return;
            }
            explorer.run().run(restored.query());
        } catch (RuntimeException e) {
            // The query cannot run here (its farm is not visible, say): keep what applied and say what is missing.
            if (notes.isEmpty()) {
                notes.add(e.getMessage());
            }
            outcome.set(opened + " without running it: " + String.join(" ", notes));
            return;
        }
        outcome.set(opened + (notes.isEmpty() ? "." : ": " + String.join(" ", notes)));
    }

    private void remember(Path file) {
        rememberFolder(file);
        settings.update(current -> current.withRecentView(file.toAbsolutePath().toString()));
        showRecentViews();
    }

    private void showRecentViews() {
        List<Path> existing = new ArrayList<>();
        for (String path : settings.current().recentViews()) {
            Path candidate = Path.of(path);
            if (Files.isRegularFile(candidate)) {
                existing.add(candidate);
            }
        }
        recentViews.setAll(existing);
    }

    // A view may name another connection, which opens in the background: continue once it is there.
    private void whenConnected(Consumer<DeadlineGateway> next) {
        ConnectionViewModel connection = explorer.connection();
        if (connection.gatewayProperty().get() != null && !connection.connectingProperty().get()) {
            next.accept(connection.gatewayProperty().get());
            return;
        }
        connection.gatewayProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends DeadlineGateway> observable, DeadlineGateway before,
                                DeadlineGateway after) {
                if (after != null) {
                    observable.removeListener(this);
                    next.accept(after);
                }
            }
        });
    }

    private void applySettings(ViewSettings settings) {
        if (settings != null) {
            ShownView.apply(settings, explorer.chart(), explorer.results());
        }
    }

    private ViewSettings settings() {
        return ShownView.capture(explorer.chart(), explorer.results());
    }

    /** The chart's choices and context, taken now on the FX thread, for data folded for the export. */
    private Function<ChartData, ChartSpec> chartSpec() {
        ChartKind kind = explorer.chart().chartTypeProperty().get();
        ExportContext context = context();
        Set<String> hidden = Set.copyOf(explorer.chart().hiddenSeries());
        ChartOverlayInputs overlays = explorer.chart().overlayInputs();
        return data -> new ChartSpec(kind, data, context, null, hidden, overlays);
    }

    private ExportContext context() {
        return context(explorer.run().shownQueryProperty().get());
    }

    private ExportContext context(StatisticsQuery query) {
        NamedResource farm = explorer.form().farmProperty().get();
        String farmName = farm != null && farm.id().equals(query.farmId()) ? farm.displayName() : query.farmId();
        return ExportContext.of(query, explorer.results().names(), farmName,
            explorer.connection().target().describe(), clock);
    }

    private void write(Path file, FileWrite action) {
        rememberFolder(file);
        submit(context -> {
            action.run();
            return file;
        }, written -> outcome.set("Saved " + written));
    }

    private void rememberFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.update(current -> current.withExportFolder(folder.toString()));
        }
    }

    private <T> void submit(BackgroundWork<T> work, Consumer<T> done) {
        taskRunner.submit(work, TaskCallbacks.of(done,
            failure -> outcome.set(failure.getMessage() == null ? failure.toString() : failure.getMessage())));
    }

    /** One file to write; may fail with a message for the user. */
    @FunctionalInterface
    private interface FileWrite {
        void run() throws Exception;
    }
}
