package com.deadlinecost.ui.explorer;

import com.deadlinecost.service.settings.LiveSettings;

/** Builds the explorer for a window; the composition root in {@code app} provides the one implementation. */
@FunctionalInterface
public interface ExplorerFactory {
    /** A new explorer that remembers its query and connection in {@code settings}. */
    ExplorerViewModel create(LiveSettings settings);
}
