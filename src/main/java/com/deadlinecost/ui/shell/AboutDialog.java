package com.deadlinecost.ui.shell;

import com.deadlinecost.service.platform.AboutInfo;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: version, licence, and each library with why it is there. */
final class AboutDialog extends Dialog<ButtonType> {

    AboutDialog(Window owner, AboutInfo info) {
        initOwner(owner);
        setTitle("About " + MainWindowViewModel.TITLE);
        setHeaderText(MainWindowViewModel.TITLE + " " + info.version());
        Label licence = new Label("Licence: " + info.licence() + ". Costs shown are Deadline Cloud estimates.");
        licence.setId("aboutLicence");
        licence.setWrapText(true);
        VBox content = new VBox(10, licence, new Label("Built with:"), dependencyTable(info));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().setId("aboutDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static TableView<AboutInfo.Dependency> dependencyTable(AboutInfo info) {
        TableView<AboutInfo.Dependency> table = new TableView<>();
        table.setId("aboutDependencies");
        table.getItems().setAll(info.dependencies());
        table.getColumns().add(column("Library", 220, AboutInfo.Dependency::name));
        table.getColumns().add(column("Version", 80, AboutInfo.Dependency::version));
        table.getColumns().add(column("Licence", 150, AboutInfo.Dependency::licence));
        table.getColumns().add(column("Why", 260, AboutInfo.Dependency::purpose));
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<AboutInfo.Dependency, String> column(
            String title, double width, java.util.function.Function<AboutInfo.Dependency, String> value) {
        TableColumn<AboutInfo.Dependency, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
