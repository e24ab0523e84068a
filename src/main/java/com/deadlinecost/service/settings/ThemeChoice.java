package com.deadlinecost.service.settings;

/** Which colours the user wants: the desktop's preference, or always light or dark. */
public enum ThemeChoice {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
