package com.deadlinecost.app.report;

import java.util.regex.Pattern;

/** The rules for the names of report files. */
final class ReportFiles {
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\\\x00-\\x1f\\x7f:*?\"<>|]{1,100}");

    private ReportFiles() {
    }

    /**
     * {@code --name} is a plain file name: no folder part (the folder is {@code --out}), no characters some file
     * systems refuse, not "." or "..", at most 100 characters.
     */
    static void checkBaseName(String name) {
        if (name == null || !PLAIN_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")
            || name.startsWith(".") || !name.strip().equals(name)) {
            throw new IllegalArgumentException("--name '" + name + "' must be a plain file name such as report or "
                + "costs-2026-02 (no folders, no leading dot, at most 100 characters); choose the folder with --out");
        }
    }
}
