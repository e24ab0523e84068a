package com.deadlinecost.service.platform;

/**
 * Text that came from a user or a file, made safe to print on a terminal: control characters (an escape sequence
 * could retitle the window, clear the screen or move the cursor) are shown as {@code \x1B}-style escapes, and a
 * message stays on one line.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line: line breaks become "; ", other control characters are escaped. */
    public static String oneLine(String text) {
        if (text == null) {
            return "null";
        }
        return escape(text.strip().replaceAll("\\s*\\R\\s*", "; "));
    }
}
