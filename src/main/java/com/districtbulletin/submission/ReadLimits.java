package com.districtbulletin.submission;

/**
 * The most work one submission file may ask for (issue 14): a file over any of these limits is
 * rejected whole, found while it streams, so that one careless or hostile file costs time linear
 * in its size and bounded memory, and never stops the run. The same limits hold for a CSV text
 * ({@link RecordLimits}, {@link CsvRecords}) and a workbook's first sheet ({@link XlsxRecords});
 * docs/input-format.md lists them.
 */
public final class ReadLimits {

    /** Bytes in a file: far beyond a district's year (the 1-million-row benchmark file is ~150 MB). */
    public static final long FILE_BYTES = 512L << 20;
    /**
     * Cells in the header or any record (in a workbook, up to its last non-empty cell): the
     * datasets have at most a dozen columns.
     */
    public static final int COLUMNS = 1_000;
    /** Characters in one cell: what one Excel cell can hold. */
    public static final int CELL_CHARS = 32_767;
    /** Characters in one record (a row, including the line breaks inside its quoted cells). */
    public static final int RECORD_CHARS = 1 << 20;
    /** Records (rows) with a non-blank cell, the header included: what one Excel worksheet holds. */
    public static final int ROWS = 1 << 20;

    private ReadLimits() {
    }
}
