package com.deadlinecost.service.history;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.platform.AppDirectories;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sqlite.SQLiteErrorCode;

/**
 * The local result history: one SQLite file in the user's data folder. Keeps each finished (or cancelled, marked
 * so) result with its query, connection (kind, profile name, region: never credentials), farm, fetch time, rows
 * and names; lists, loads, deletes and prunes them; and finds the stored results a new query can reuse. Safe to
 * share between threads (one connection, used one call at a time) and between processes (WAL, busy timeout).
 */
public final class HistoryStore implements AutoCloseable {
    /** The history's file name, next to the settings in the user's data folder. */
    public static final String FILE_NAME = "history.db";
    private static final String COLUMNS = "id, connection_label, farm_name, farm_id, resource_kind, resource_ids,"
        + " range_start, range_end, offset_seconds, period, group_by, statistics, description, fetched_at, complete,"
        + " row_count, bytes";

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final Optional<String> notice;

    private HistoryStore(Path file, HistoryDatabase.Opened opened) {
        this.file = file;
        this.connection = opened.connection();
        this.readOnly = opened.readOnly();
        this.notice = opened.notice();
    }

    /**
     * Opens (or starts) the history in {@code file}. A damaged file is moved aside and a new history started; a
     * file of a newer schema opens read-only. Both say so in {@link #notice()}.
     *
     * @throws HistoryException when no history can be opened at all (a folder that cannot be written)
     */
    public static HistoryStore open(Path file, Clock clock) {
        return new HistoryStore(file, HistoryDatabase.open(file, clock.instant()));
    }

    /** Where the history lives for this user: the data folder, which {@code -Ddce.home} moves with the rest. */
    public static Path defaultFile(AppDirectories directories) {
        return directories.data().resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Whether this version may only read the file (it was written by a newer one). */
    public boolean readOnly() {
        return readOnly;
    }

    /** What the user should know about opening the history: a damaged file moved aside, or read-only. */
    public Optional<String> notice() {
        return notice;
    }

    /**
     * Stores a result and then prunes the oldest past the size cap.
     *
     * @return the stored result's id
     * @throws HistoryException when it cannot be written (disk full, read-only); the caller keeps its rows
     */
    public synchronized long save(ResultToStore result) {
        return write("save the result", () -> {
            byte[] rows = RowCodec.encode(result.rows());
            byte[] names = RowCodec.encodeNames(result.names());
            long id = inTransaction(() -> insert(result, rows, names));
            prune(settings().capBytes());
            return id;
        });
    }

    /** Replaces a stored result, e.g. a cancelled run that was resumed and finished: same id, new rows. */
    public synchronized void replace(long id, ResultToStore result) {
        write("update the result", () -> {
            byte[] rows = RowCodec.encode(result.rows());
            byte[] names = RowCodec.encodeNames(result.names());
            inTransaction(() -> {
                deleteRows(id);
                insertWithId(id, result, rows, names);
                return id;
            });
            prune(settings().capBytes());
            return id;
        });
    }

    /** Every stored result, newest first. */
    public synchronized List<HistoryEntry> list() {
        return read("list the history", () -> entries("SELECT " + COLUMNS + " FROM results ORDER BY fetched_at DESC,"
            + " id DESC"));
    }

    public synchronized Optional<HistoryEntry> entry(long id) {
        return read("read the history", () -> entries("SELECT " + COLUMNS + " FROM results WHERE id = " + id)
            .stream().findFirst());
    }

    /**
     * A stored result with its rows and names.
     *
     * @throws HistoryException when it is gone (deleted by another window) or cannot be read
     */
    public synchronized StoredResult load(long id) {
        HistoryEntry entry = entry(id).orElseThrow(() -> new HistoryException(
            "That result is no longer in the history (deleted in another window?)."));
        return read("read the result", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT names, rows FROM result_rows WHERE result_id = ?")) {
                select.setLong(1, id);
                try (ResultSet found = select.executeQuery()) {
                    if (!found.next()) {
                        throw new HistoryException("That result's rows are missing from the history.");
                    }
                    return new StoredResult(entry, RowCodec.decode(found.getBytes(2)),
                        RowCodec.decodeNames(found.getBytes(1)));
                }
            }
        });
    }

    /**
     * The complete results of the same connection, farm, resources, grouping, period, statistics and offset whose
     * range overlaps {@code query}'s, newest first: what a new run of it may reuse.
     */
    public synchronized List<HistoryEntry> overlapping(String connectionIdentity, StatisticsQuery query) {
        return read("search the history", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM results"
                    + " WHERE connection = ? AND farm_id = ? AND resource_kind = ? AND resource_set = ?"
                    + " AND offset_seconds = ? AND period = ? AND group_set = ? AND statistics = ? AND complete = 1"
                    + " AND range_start < ? AND range_end > ? ORDER BY fetched_at DESC, id DESC")) {
                int column = 0;
                select.setString(++column, connectionIdentity);
                select.setString(++column, query.farmId());
                select.setString(++column, query.resourceKind().name());
                select.setString(++column, resourceSet(query));
                select.setInt(++column, query.offset().zoneOffset().getTotalSeconds());
                select.setString(++column, query.period().name());
                select.setString(++column, groupSet(query));
                select.setInt(++column, Statistic.maskOf(query.statistics()));
                select.setLong(++column, query.range().end().getEpochSecond());
                select.setLong(++column, query.range().start().getEpochSecond());
                return entries(select);
            }
        });
    }

    public synchronized void delete(long id) {
        write("delete the result", () -> inTransaction(() -> {
            deleteRows(id);
            return id;
        }));
        vacuum();
    }

    public synchronized void deleteAll() {
        write("clear the history", () -> inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM result_rows");
                return (long) statement.executeUpdate("DELETE FROM results");
            }
        }));
        vacuum();
    }

    /**
     * Deletes the oldest results until the rows take at most {@code capBytes}; the newest result stays even when
     * it alone is larger.
     *
     * @return how many results were deleted
     */
    public synchronized int prune(long capBytes) {
        List<long[]> idsAndBytes = read("read the history", () -> {
            List<long[]> found = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, bytes FROM results"
                     + " ORDER BY fetched_at DESC, id DESC")) {
                while (rows.next()) {
                    found.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
            return found;
        });
        long kept = 0;
        List<Long> doomed = new ArrayList<>();
        for (int i = 0; i < idsAndBytes.size(); i++) {
            kept += idsAndBytes.get(i)[1];
            if (i > 0 && kept > capBytes) {
                doomed.add(idsAndBytes.get(i)[0]);
            }
        }
        if (!doomed.isEmpty()) {
            write("prune the history", () -> inTransaction(() -> {
                for (long id : doomed) {
                    deleteRows(id);
                }
                return (long) doomed.size();
            }));
            vacuum();
        }
        return doomed.size();
    }

    /** Bytes the stored rows and names take. */
    public synchronized long totalBytes() {
        return read("read the history", () -> {
            try (Statement statement = connection.createStatement();
                 ResultSet sum = statement.executeQuery("SELECT coalesce(sum(bytes), 0) FROM results")) {
                sum.next();
                return sum.getLong(1);
            }
        });
    }

    public synchronized HistorySettings settings() {
        return read("read the history settings", () -> {
            Duration settle = HistorySettings.DEFAULT_SETTLE_WINDOW;
            long cap = HistorySettings.DEFAULT_CAP_BYTES;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT key, value FROM settings")) {
                while (rows.next()) {
                    if ("settle_seconds".equals(rows.getString(1))) {
                        settle = Duration.ofSeconds(Long.parseLong(rows.getString(2)));
                    } else if ("cap_bytes".equals(rows.getString(1))) {
                        cap = Long.parseLong(rows.getString(2));
                    }
                }
            } catch (NumberFormatException e) {
                return HistorySettings.defaults();
            }
            return new HistorySettings(settle, cap);
        });
    }

    /** Keeps new settings and prunes to the new cap at once. */
    public synchronized void saveSettings(HistorySettings settings) {
        write("save the history settings", () -> inTransaction(() -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, "settle_seconds");
                upsert.setString(2, Long.toString(settings.settleWindow().getSeconds()));
                upsert.executeUpdate();
                upsert.setString(1, "cap_bytes");
                upsert.setString(2, Long.toString(settings.capBytes()));
                upsert.executeUpdate();
            }
            return 0L;
        }));
        prune(settings.capBytes());
    }

    /** For tests: the most pages the file may grow to, so that a write fails as on a full disk. */
    synchronized void limitPages(long pages) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + pages);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException("The history file could not be closed: " + e.getMessage(), e);
        }
    }

    private long insert(ResultToStore result, byte[] rows, byte[] names) throws SQLException {
        return insertWithId(null, result, rows, names);
    }

    private long insertWithId(Long id, ResultToStore result, byte[] rows, byte[] names) throws SQLException {
        StatisticsQuery query = result.query();
        long bytes = rows.length + names.length;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO results (id, connection,"
                + " connection_label, farm_id, farm_name, resource_kind, resource_ids, resource_set, range_start,"
                + " range_end, offset_seconds, period, group_by, group_set, statistics, fetched_at, complete,"
                + " row_count, bytes, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int column = 0;
            if (id == null) {
                insert.setNull(++column, java.sql.Types.INTEGER);
            } else {
                insert.setLong(++column, id);
            }
            insert.setString(++column, ResultToStore.identity(result.connection()));
            insert.setString(++column, result.connection().describe());
            insert.setString(++column, query.farmId());
            insert.setString(++column, result.farmName());
            insert.setString(++column, query.resourceKind().name());
            insert.setString(++column, String.join("\n", query.resources().ids()));
            insert.setString(++column, resourceSet(query));
            insert.setLong(++column, query.range().start().getEpochSecond());
            insert.setLong(++column, query.range().end().getEpochSecond());
            insert.setInt(++column, query.offset().zoneOffset().getTotalSeconds());
            insert.setString(++column, query.period().name());
            insert.setString(++column, query.groupBy().stream().map(Enum::name).collect(Collectors.joining(",")));
            insert.setString(++column, groupSet(query));
            insert.setInt(++column, Statistic.maskOf(query.statistics()));
            insert.setLong(++column, result.fetchedAt().toEpochMilli());
            insert.setInt(++column, result.complete() ? 1 : 0);
            insert.setLong(++column, result.rows().size());
            insert.setLong(++column, bytes);
            insert.setString(++column, ResultDescription.of(result));
            insert.executeUpdate();
            long stored;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                stored = keys.getLong(1);
            }
            try (PreparedStatement blobs = connection.prepareStatement(
                    "INSERT INTO result_rows (result_id, names, rows) VALUES (?, ?, ?)")) {
                blobs.setLong(1, stored);
                blobs.setBytes(2, names);
                blobs.setBytes(3, rows);
                blobs.executeUpdate();
            }
            return stored;
        }
    }

    private void deleteRows(long id) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement("DELETE FROM result_rows WHERE result_id = ?");
             PreparedStatement result = connection.prepareStatement("DELETE FROM results WHERE id = ?")) {
            rows.setLong(1, id);
            rows.executeUpdate();
            result.setLong(1, id);
            result.executeUpdate();
        }
    }

    private List<HistoryEntry> entries(String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            return entries(select);
        }
    }

    private static List<HistoryEntry> entries(PreparedStatement select) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    private static HistoryEntry entry(ResultSet row) throws SQLException {
        int column = 0;
        long id = row.getLong(++column);
        String connectionLabel = row.getString(++column);
        String farmName = row.getString(++column);
        String farmId = row.getString(++column);
        ResourceKind kind = ResourceKind.valueOf(row.getString(++column));
        List<String> ids = Arrays.asList(row.getString(++column).split("\n"));
        TimeRange range = new TimeRange(Instant.ofEpochSecond(row.getLong(++column)),
            Instant.ofEpochSecond(row.getLong(++column)));
        UtcOffset offset = UtcOffset.of(ZoneOffset.ofTotalSeconds(row.getInt(++column)));
        Period period = Period.valueOf(row.getString(++column));
        List<GroupField> groupBy = Arrays.stream(row.getString(++column).split(",")).map(GroupField::valueOf)
            .collect(Collectors.toList());
        int statistics = row.getInt(++column);
        StatisticsQuery query = new StatisticsQuery(farmId, new ResourceSelection(kind, ids), range, offset, period,
            groupBy, Statistic.setOf(statistics));
        return new HistoryEntry(id, connectionLabel, farmName, query, row.getString(++column),
            Instant.ofEpochMilli(row.getLong(++column)), row.getInt(++column) == 1, row.getLong(++column),
            row.getLong(++column));
    }

    static String resourceSet(StatisticsQuery query) {
        return query.resources().ids().stream().sorted().collect(Collectors.joining("\n"));
    }

    static String groupSet(StatisticsQuery query) {
        return query.groupBy().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private void vacuum() {
        if (readOnly) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA incremental_vacuum");
        } catch (SQLException e) {
            // Only the file's size is at stake; the next delete tries again.
            org.slf4j.LoggerFactory.getLogger(HistoryStore.class).info("Incremental vacuum failed: {}",
                e.getMessage());
        }
    }

    private long inTransaction(SqlWork<Long> work) throws SQLException {
        connection.setAutoCommit(false);
        long result;
        try {
            result = work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // SQLite rolls back by itself after some errors (a full disk): the first error is the one to tell.
            try {
                connection.rollback();
            } catch (SQLException alreadyRolledBack) {
                e.addSuppressed(alreadyRolledBack);
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException nothingToCommit) {
                e.addSuppressed(nothingToCommit);
            }
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    private <T> T write(String what, SqlWork<T> work) {
        if (readOnly) {
            throw new HistoryException("Could not " + what + ": the history was written by a newer version of the"
                + " app and this version only reads it.");
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new HistoryException("Could not " + what + " in the history: " + reason(e), e);
        }
    }

    private <T> T read(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new HistoryException("Could not " + what + ": " + reason(e), e);
        }
    }

    static String reason(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full. Free some space or lower the history's size cap in Settings.";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "another window of the app kept the history busy. Try again.";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return "the history file cannot be written. Check the permissions of its folder.";
        }
        if (HistoryDatabase.damaged(e)) {
            return "the history file is damaged. Restart the app: it moves the file aside and starts a new one.";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
