package com.deadlinecost.service.settings;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of the running app, shared by the features that remember something. Each change is saved
 * at once (atomically); a failed save is logged and never interrupts the user.
 */
public final class LiveSettings {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);

    private final SettingsStore store;
    private AppSettings current;

    public LiveSettings(SettingsStore store, AppSettings initial) {
        this.store = store;
        this.current = initial;
    }

    public synchronized AppSettings current() {
        return current;
    }

    /** Applies the change and saves the result; returns whether it reached the disk. */
    public synchronized boolean update(UnaryOperator<AppSettings> change) {
        current = change.apply(current);
        try {
            store.save(current);
            return true;
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", store.file(), e.toString());
            return false;
        }
    }
}
