package com.deadlinecost.bench;

import com.deadlinecost.ui.common.FirstPaintProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: the least JavaFX window, the size of the app's, with the same first-paint probe. Like
 * the app's Launcher, the main class is not the {@link Application}, so it starts from the class path.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application JavaFX instantiates. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1280, 800);
            stage.setScene(scene);
            stage.setTitle("Minimal");
            stage.show();
            FirstPaintProbe.installIfRequested(scene);
        }
    }
}
