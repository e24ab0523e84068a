package com.deadlinecost.ui.export;

import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.views.SavedView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs of File > Export and the views; they only ask where, the view model does the work. */
public final class ExportDialogs {
    private static final String VIEW_EXTENSION = "*." + SavedView.EXTENSION;

    private final ExportViewModel viewModel;
    private final Window owner;

    public ExportDialogs(ExportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    public void exportChart() {
        FileChooser chooser = chooser("Export chart (" + ExportViewModel.CHART_WIDTH + " x "
            + ExportViewModel.CHART_HEIGHT + ")", viewModel.suggestedFileName("png"));
        List<FileChooser.ExtensionFilter> filters = List.of(
            new FileChooser.ExtensionFilter("PNG image", "*.png"),
            new FileChooser.ExtensionFilter("PNG image, double resolution", "*.png"),
            new FileChooser.ExtensionFilter("SVG vector image", "*.svg"),
            new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        chooser.getExtensionFilters().setAll(filters);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            int chosen = filters.indexOf(chooser.getSelectedExtensionFilter());
            viewModel.exportChartAs(file.toPath(), ChartFileFormat.values()[Math.max(0, chosen)]);
        }
    }

    public void copyChart() {
        Optional<java.awt.image.BufferedImage> image = viewModel.chartImage();
        image.ifPresent(picture -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(picture, null));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    public void exportData() {
        FileChooser chooser = chooser("Export data", viewModel.suggestedFileName("csv"));
        List<FileChooser.ExtensionFilter> filters = List.of(
            new FileChooser.ExtensionFilter("CSV, the rows shown", "*.csv"),
            new FileChooser.ExtensionFilter("CSV for Excel (with BOM), the rows shown", "*.csv"),
            new FileChooser.ExtensionFilter("CSV, all rows", "*.csv"),
            new FileChooser.ExtensionFilter("JSON, the full result", "*.json"));
        chooser.getExtensionFilters().setAll(filters);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            int chosen = filters.indexOf(chooser.getSelectedExtensionFilter());
            viewModel.exportDataAs(file.toPath(), ExportViewModel.DataExport.values()[Math.max(0, chosen)]);
        }
    }

    public void saveView() {
        FileChooser chooser = chooser("Save view", viewModel.suggestedFileName(SavedView.EXTENSION));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Saved view", VIEW_EXTENSION));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            viewModel.saveViewAs(file.toPath());
        }
    }

    public void openView() {
        FileChooser chooser = chooser("Open view", null);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Saved view", VIEW_EXTENSION));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            viewModel.openView(file.toPath());
        }
    }

    /** File > Recent views: one item per view, rebuilt when the list changes. */
    public Menu recentViewsMenu() {
        Menu menu = new Menu("Recent views");
        menu.setId("recentViewsMenu");
        Runnable rebuild = () -> {
            menu.getItems().clear();
            for (Path path : viewModel.recentViews()) {
                MenuItem item = new MenuItem(path.getFileName().toString());
                item.setOnAction(event -> viewModel.openView(path));
                menu.getItems().add(item);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        viewModel.recentViews().addListener((ListChangeListener<Path>) change -> rebuild.run());
        rebuild.run();
        return menu;
    }

    // Every dialog opens in the folder used last, so a series of exports lands together.
    private FileChooser chooser(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        viewModel.initialFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }
}
