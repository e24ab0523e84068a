package com.deadlinecost.app.report;

import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.history.HistoryException;
import com.deadlinecost.service.history.HistoryGateway;
import com.deadlinecost.service.history.HistoryStore;
import com.deadlinecost.service.platform.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The history of {@code report --history}: when asked for and available, the report's gateway keeps its results
 * there and reuses settled days; otherwise the report runs as without it, and stderr says why.
 */
final class ReportHistory implements AutoCloseable {
    private final HistoryStore store;
    private final Clock clock;
    private final List<HistoryGateway> gateways = new ArrayList<>();

    private ReportHistory(HistoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    static ReportHistory open(boolean wanted, Supplier<Path> file, Clock clock, PrintWriter err) {
        if (!wanted) {
            return new ReportHistory(null, clock);
        }
        try {
            HistoryStore store = HistoryStore.open(file.get(), clock);
            store.notice().ifPresent(notice -> err.println("History: " + notice));
            return new ReportHistory(store, clock);
        } catch (HistoryException e) {
            err.println("History: " + TerminalText.oneLine(e.getMessage()) + " The report runs without it.");
            return new ReportHistory(null, clock);
        }
    }

    DeadlineGateway keeping(DeadlineGateway gateway) {
        if (store == null) {
            return gateway;
        }
        HistoryGateway keeping = new HistoryGateway(gateway, store, clock);
        gateways.add(keeping);
        return keeping;
    }

    /** What each run took from the history and whether it was kept, e.g. "86 days from history, 4 days fetched". */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        gateways.forEach(gateway -> notes.addAll(gateway.notes()));
        return notes;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
