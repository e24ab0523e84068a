package com.deadlinecost.service.views;

import java.util.List;
import java.util.Optional;

/**
 * What opening a view file gave: the view (possibly with parts replaced by defaults) and a sentence per
 * thing that could not be loaded as saved; or, when nothing could be read, no view and the error to show.
 *
 * @param view the view, empty when the file could not be read at all
 * @param warnings what was replaced or left out, for the user
 * @param error why nothing could be loaded, empty when {@code view} is present
 */
public record ViewLoadResult(Optional<SavedView> view, List<String> warnings, Optional<String> error) {

    public ViewLoadResult {
        warnings = List.copyOf(warnings);
    }

    static ViewLoadResult loaded(SavedView view, List<String> warnings) {
        return new ViewLoadResult(Optional.of(view), warnings, Optional.empty());
    }

    static ViewLoadResult failed(String error) {
        return new ViewLoadResult(Optional.empty(), List.of(), Optional.of(error));
    }

    /** Whether the file could not be read at all. */
    public boolean failed() {
        return view.isEmpty();
    }

    /** This result with more warnings and, when given, another view. */
    ViewLoadResult with(SavedView changed, List<String> moreWarnings) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(moreWarnings);
        return loaded(changed, all);
    }
}
