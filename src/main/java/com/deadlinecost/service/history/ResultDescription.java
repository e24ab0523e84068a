package com.deadlinecost.service.history;

import com.deadlinecost.service.export.ExportContext;
import com.deadlinecost.service.export.QueryInWords;

/** A stored result's query in words, as the exports say it: what the History pane shows and searches. */
final class ResultDescription {
    private ResultDescription() {
    }

    /**
     * E.g. "Daily, by Queue; 2026-09-01 to 2026-11-30 (UTC+00:00); 12 queues: Lighting, FX, Comp, Layout and 8
     * more": the range before the resources, which can be long.
     */
    static String of(ResultToStore result) {
        QueryInWords words = new QueryInWords(new ExportContext(result.query(), result.names(), result.farmName(),
            result.connection().describe(), result.fetchedAt(), null));
        return words.periodAndGrouping() + "; " + words.range() + "; " + words.resources();
    }
}
