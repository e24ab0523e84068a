package com.deadlinecost.service.export;

import java.math.BigDecimal;

/**
 * Cell values for CSV files that spreadsheets open safely: numbers stay numbers (absent ones an empty
 * cell, never 0), and text a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class CsvCells {
    /** The byte order mark Excel needs to read a CSV as UTF-8. */
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvCells() {
    }

    /**
     * Text neutralised against formula injection: a value starting with {@code = + - @}, a tab or a carriage
     * return is prefixed with an apostrophe, which spreadsheets show as text and do not evaluate. Null stays
     * null (an empty cell).
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /**
     * A number written as itself in plain notation (no exponent), or null for NaN so the cell stays empty.
     * Negative numbers are numbers, not formulas, and are left as they are.
     */
    public static BigDecimal number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
    }
}
