package com.deadlinecost.service.history;

import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioCatalog;
import com.deadlinecost.emulator.studio.StudioFarm;
import java.time.Instant;

/**
 * A studio as the service reported it at an earlier moment: the sessions that had ended by then (a session's usage
 * is reported once it ends, so one still running is missing from every bucket it ran in). Serving the demo studio
 * generated for {@code --now} T+1 day as of T gives the farm of "yesterday" and of "today" with the same past,
 * which is what a refresh one day later meets, late-reported sessions included.
 */
public final class StudioAsOf {
    private StudioAsOf() {
    }

    public static Studio asOf(Studio later, Instant moment) {
        StudioCatalog catalog = new StudioCatalog();
        catalog.farms().addAll(later.farms());
        for (StudioFarm farm : later.farms()) {
            catalog.queues().addAll(later.queues(farm.farmId()));
            catalog.fleets().addAll(later.fleets(farm.farmId()));
            catalog.members().addAll(later.members(farm.farmId()));
        }
        catalog.users().addAll(later.users());
        SessionTable.Builder sessions = SessionTable.builder();
        SessionTable all = later.sessions();
        for (int i = 0; i < all.size(); i++) {
            com.deadlinecost.emulator.aggregation.SessionRecord record = all.record(i);
            if (!record.endTime().isAfter(moment)) {
                sessions.add(record);
            }
        }
        return new Studio(later.identityStoreId(), catalog, sessions.build());
    }
}
