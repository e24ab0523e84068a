package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The session file: one session record per line, with a header, so anyone can recompute an aggregation
 * independently ({@code --dump-sessions}) or serve their own data ({@code --sessions-file}).
 */
public final class SessionCsv {
    public static final List<String> COLUMNS = List.of("farmId", "queueId", "fleetId", "jobId", "jobName", "userId",
        "usageType", "instanceType", "licenseProduct", "startTime", "endTime", "hourlyRateUsd");
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private SessionCsv() {
    }

    public static void write(SessionTable table, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(table, writer);
        }
    }

    public static void write(SessionTable table, Writer writer) {
        CsvSchema schema = CsvSchema.emptySchema();
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(schema).writeValues(writer)) {
            rows.write(COLUMNS.toArray(new String[0]));
            for (int i = 0; i < table.size(); i++) {
                SessionRecord record = table.record(i);
                rows.write(new String[] {record.farmId(), record.queueId(), record.fleetId(), record.jobId(),
                    record.jobName(), record.userId(), record.usageType().name(), record.instanceType(),
                    record.licenseProduct(), record.startTime().toString(), record.endTime().toString(),
                    Double.toString(record.hourlyRateUsd())});
            }
        }
    }

    public static SessionTable read(Path file) throws IOException, SessionFileException {
        if (!Files.exists(file)) {
            throw new SessionFileException(file + ": the file does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new SessionFileException(file + ": not a regular file (a folder, a device or a pipe).");
        }
        if (!Files.isReadable(file)) {
            throw new SessionFileException(file + ": the file cannot be read (permission denied).");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** Reads a session file; {@code source} names it in error messages. */
    public static SessionTable read(Reader reader, String source) throws SessionFileException {
        SessionTable.Builder table = SessionTable.builder();
        int line = 1;
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNextValue()) {
                throw new SessionFileException(source + ": the file is empty; expected the header " + header());
            }
            String[] columns = rows.nextValue();
            if (!Arrays.asList(columns).equals(COLUMNS)) {
                throw new SessionFileException(source + ", line 1: expected the header " + header() + " but found "
                    + String.join(",", columns));
            }
            while (rows.hasNextValue()) {
                line = (int) rows.currentLocation().getLineNr();
                String[] row = rows.nextValue();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                table.add(record(row, source, line));
            }
        } catch (JacksonException e) {
            throw new SessionFileException(source + ", line " + line + ": not valid CSV: " + e.getOriginalMessage());
        }
        return table.build();
    }

    private static SessionRecord record(String[] row, String source, int line) throws SessionFileException {
        String where = source + ", line " + line + ": ";
        if (row.length != COLUMNS.size()) {
            throw new SessionFileException(where + "expected " + COLUMNS.size() + " values but found " + row.length);
        }
        for (int column : new int[] {0, 1, 2, 3, 5}) {
            if (row[column].isBlank()) {
                throw new SessionFileException(where + COLUMNS.get(column) + " is empty");
            }
        }
        try {
            UsageType usage = UsageType.valueOf(row[6]);
            Instant start = OffsetDateTime.parse(row[9]).toInstant();
            Instant end = OffsetDateTime.parse(row[10]).toInstant();
            return new SessionRecord(row[0], row[1], row[2], row[3], row[4], row[5], usage, row[7], row[8], start,
                end, Double.parseDouble(row[11]));
        } catch (DateTimeParseException e) {
            throw new SessionFileException(where + "'" + e.getParsedString() + "' is not an ISO-8601 time such as "
                + "2025-01-31T18:30:00Z");
        } catch (IllegalArgumentException e) {
            throw new SessionFileException(where + describe(e, row));
        }
    }

    private static String describe(IllegalArgumentException e, String[] row) {
        if (e instanceof NumberFormatException) {
            return "hourlyRateUsd '" + row[11] + "' is not a number";
        }
        if (Arrays.stream(UsageType.values()).noneMatch(type -> type.name().equals(row[6]))) {
            return "usageType '" + row[6] + "' is not COMPUTE, LICENSE or PERSISTENT_VOLUME";
        }
        return e.getMessage();
    }

    private static String header() {
        return String.join(",", COLUMNS);
    }
}
