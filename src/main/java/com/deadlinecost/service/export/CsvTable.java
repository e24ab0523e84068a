package com.deadlinecost.service.export;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Writes a header and rows of cells as a UTF-8 CSV file with Jackson, atomically, optionally with a BOM. */
final class CsvTable {
    // Plain BigDecimals: a spreadsheet reads 12500000 as a number more reliably than 1.25E+7.
    private static final CsvMapper MAPPER = CsvMapper.builder()
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();

    private CsvTable() {
    }

    /**
     * Writes the file. Cells are Strings (already neutralised with {@link CsvCells#text}), numbers, or null
     * for an empty cell.
     */
    static void write(Path file, List<String> header, List<Object[]> rows, boolean byteOrderMark)
            throws ExportException {
        ExportFiles.write(file, out -> {
            if (byteOrderMark) {
                out.write(CsvCells.UTF8_BOM);
            }
            try (SequenceWriter writer = MAPPER.writerFor(Object[].class).with(CsvSchema.emptySchema())
                    .writeValues(out)) {
                writer.write(header.toArray(new Object[0]));
                for (Object[] row : rows) {
                    writer.write(withEmptyCells(row));
                }
            }
        });
    }

    // Jackson leaves null array elements out of a CSV line, which would shift the later columns left.
    private static Object[] withEmptyCells(Object[] row) {
        Object[] cells = row.clone();
        for (int index = 0; index < cells.length; index++) {
            if (cells[index] == null) {
                cells[index] = "";
            }
        }
        return cells;
    }
}
