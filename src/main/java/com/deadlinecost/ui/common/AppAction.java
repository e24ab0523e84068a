package com.deadlinecost.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard accelerator of the app, in one place, so no two features claim the same keys and the
 * menus, the scene and the help all show the same combination. "Shortcut" is Ctrl, or Cmd on macOS.
 */
public enum AppAction {
    OPEN_VIEW("Open view...", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
    SAVE_VIEW("Save view...", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    EXPORT_CHART("Export chart...", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
    EXPORT_DATA("Export data...",
        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    QUIT("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    RUN_QUERY("Run query", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN)),
    CANCEL_QUERY("Cancel query", new KeyCodeCombination(KeyCode.ESCAPE)),
    COPY_CHART("Copy chart as image",
        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    COPY_ROWS("Copy rows", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN)),
    FULL_SCREEN("Full screen", new KeyCodeCombination(KeyCode.F11)),
    SHOW_EXPLORER("Explorer", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN)),
    SHOW_BUDGETS("Budgets", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN)),
    SHOW_HISTORY("History", new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN)),
    KEYBOARD_SHORTCUTS("Keyboard shortcuts", null),
    USER_GUIDE("User guide", new KeyCodeCombination(KeyCode.F1)),
    OPEN_LOG_FOLDER("Open log folder", null),
    COPY_DIAGNOSTICS("Copy diagnostics", null),
    ABOUT("About Deadline Cost Explorer", null);

    private final String label;
    private final KeyCombination keys;

    AppAction(String label, KeyCombination keys) {
        this.label = label;
        this.keys = keys;
    }

    public String label() {
        return label;
    }

    /** The accelerator, or null for actions reached only through the menu. */
    public KeyCombination keys() {
        return keys;
    }
}
