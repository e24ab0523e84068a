package com.deadlinecost.service.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Opens the history's SQLite file: write-ahead logging and a busy timeout so that two windows of the app can use
 * it at once, the schema brought up to date by numbered migrations ({@code PRAGMA user_version}), a damaged file
 * moved aside and a new one started, and a file from a newer version of the app opened read-only.
 */
final class HistoryDatabase {
    /** How long a write waits for another process's write before it gives up. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    /** Migration n (from 0) brings the schema from version n to n + 1; never edit one that has shipped. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
        // Set before the first table: lets deleted results give their pages back to the file system.
        "PRAGMA auto_vacuum = INCREMENTAL",
        "CREATE TABLE results ("
            + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            + " connection TEXT NOT NULL, connection_label TEXT NOT NULL,"
            + " farm_id TEXT NOT NULL, farm_name TEXT NOT NULL,"
            + " resource_kind TEXT NOT NULL, resource_ids TEXT NOT NULL, resource_set TEXT NOT NULL,"
            + " range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, offset_seconds INTEGER NOT NULL,"
            + " period TEXT NOT NULL, group_by TEXT NOT NULL, group_set TEXT NOT NULL, statistics INTEGER NOT NULL,"
            + " fetched_at INTEGER NOT NULL, complete INTEGER NOT NULL,"
            + " row_count INTEGER NOT NULL, bytes INTEGER NOT NULL, description TEXT NOT NULL)",
        "CREATE INDEX results_shape ON results (connection, farm_id, period, group_set, resource_set)",
        "CREATE INDEX results_fetched ON results (fetched_at)",
        // The rows live apart so that listing the results never reads them.
        "CREATE TABLE result_rows (result_id INTEGER PRIMARY KEY REFERENCES results (id) ON DELETE CASCADE,"
            + " names BLOB NOT NULL, rows BLOB NOT NULL)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    static final int SCHEMA_VERSION = MIGRATIONS.size();

    private HistoryDatabase() {
    }

    /** An open database and what the user should be told about opening it. */
    record Opened(Connection connection, boolean readOnly, Optional<String> notice) {
    }

    static Opened open(Path file, Instant now) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new HistoryException("The history folder " + file.getParent() + " cannot be created ("
                + e.getMessage() + "); results are not kept.", e);
        }
        try {
            return openOrThrow(file, Optional.empty());
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw new HistoryException("The history file " + file + " cannot be opened (" + e.getMessage()
                    + "); results are not kept this time.", e);
            }
            Path aside = moveAside(file, now);
            LOG.warn("The history file {} was damaged ({}); moved to {}", file, e.getMessage(), aside);
            String notice = "The history file was damaged: it was kept as " + aside.getFileName()
                + " and a new, empty history was started.";
            try {
                return openOrThrow(file, Optional.of(notice));
            } catch (SQLException again) {
                throw new HistoryException("A new history file " + file + " cannot be started ("
                    + again.getMessage() + "); results are not kept.", again);
            }
        }
    }

    private static Opened openOrThrow(Path file, Optional<String> notice) throws SQLException {
        Connection connection = connect(file, false);
        try {
            int version = version(connection);
            if (version > SCHEMA_VERSION) {
                connection.close();
                LOG.info("The history file {} has schema {} (this version knows {}): read-only", file, version,
                    SCHEMA_VERSION);
                return new Opened(connect(file, true), true, Optional.of(notice.orElse("")
                    + "The history was written by a newer version of the app: it is shown, but this version "
                    + "neither adds to it nor deletes from it."));
            }
            migrate(connection, version);
            return new Opened(connection, false, notice);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Properties properties = config.toProperties();
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
    }

    // Reading the version reads the file's header and schema: a file that is not a database fails here.
    private static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables.next();
            }
            try (ResultSet version = statement.executeQuery("PRAGMA user_version")) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }

    private static void migrate(Connection connection, int from) throws SQLException {
        for (int version = from; version < SCHEMA_VERSION; version++) {
            try (Statement statement = connection.createStatement()) {
                List<String> steps = MIGRATIONS.get(version);
                // auto_vacuum cannot change inside a transaction, and only matters before the first table.
                int first = 0;
                if (steps.get(0).startsWith("PRAGMA")) {
                    statement.execute(steps.get(0));
                    first = 1;
                }
                connection.setAutoCommit(false);
                for (String step : steps.subList(first, steps.size())) {
                    statement.execute(step);
                }
                statement.execute("PRAGMA user_version = " + (version + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    static boolean damaged(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code;
    }

    private static Path moveAside(Path file, Instant now) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(now));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : List.of("-wal", "-shm")) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return aside;
        } catch (IOException e) {
            throw new HistoryException("The history file " + file + " is damaged and cannot be moved aside ("
                + e.getMessage() + "); move or delete it, then start the app again.", e);
        }
    }
}
