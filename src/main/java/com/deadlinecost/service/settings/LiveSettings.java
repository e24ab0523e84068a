package com.deadlinecost.service.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of the running app, shared by the features that remember something. A change applies at once in
 * memory and is written (atomically) by the saver, off the UI thread; a failed save is logged and never
 * interrupts the user. Writes are serialised and always write the newest settings, so a slow write can never
 * overwrite a newer one.
 */
public final class LiveSettings {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);

    private final SettingsStore store;
    private final Executor saver;
    private final Object writeLock = new Object();
    private AppSettings current;
    private long version;
    private long savedVersion;

    /**
     * @param saver runs the writes; the window passes its task runner, tests may pass {@code Runnable::run}
     */
    public LiveSettings(SettingsStore store, AppSettings initial, Executor saver) {
        this.store = store;
        this.saver = saver;
        this.current = initial;
    }

    /** The folder the settings file is in, where other remembered choices (anomalies marked expected) live too. */
    public Path configFolder() {
        return store.file().toAbsolutePath().getParent();
    }

    public synchronized AppSettings current() {
        return current;
    }

    /** Applies the change now and has the saver write it. */
    public void update(UnaryOperator<AppSettings> change) {
        synchronized (this) {
            current = change.apply(current);
            version++;
        }
        saver.execute(this::saveLatest);
    }

    /** Writes the newest settings unless they are on disk already; blocks. Returns whether they are on disk. */
    public boolean saveLatest() {
        synchronized (writeLock) {
            AppSettings snapshot;
            long snapshotVersion;
            synchronized (this) {
                if (version == savedVersion) {
                    return true;
                }
                snapshot = current;
                snapshotVersion = version;
            }
            try {
                store.save(snapshot);
            } catch (IOException e) {
                LOG.warn("Could not save settings to {}: {}", store.file(), e.toString());
                return false;
            }
            synchronized (this) {
                savedVersion = snapshotVersion;
            }
            return true;
        }
    }
}
