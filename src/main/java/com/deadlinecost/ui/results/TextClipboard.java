package com.deadlinecost.ui.results;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where copied text goes: the system clipboard in the app, a string in tests. */
@FunctionalInterface
public interface TextClipboard {

    /** Replaces the clipboard's content with {@code text}. */
    void putText(String text);

    /** The system clipboard; use on the FX thread. */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
