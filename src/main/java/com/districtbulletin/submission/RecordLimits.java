package com.districtbulletin.submission;

/**
 * The {@link ReadLimits} of a CSV text as {@link CsvRecords} counts them while it splits the
 * records (cells per record, characters per cell and per record, quotes and commas not counted;
 * records with a character that is not white space), so that a limit is found before what is over
 * it is kept. Smaller in tests.
 */
record RecordLimits(int maxColumns, int maxCell, int maxRecord, int maxRows) {

    RecordLimits() {
        this(ReadLimits.COLUMNS, ReadLimits.CELL_CHARS, ReadLimits.RECORD_CHARS, ReadLimits.ROWS);
    }

    RecordLimits(int maxColumns, int maxCell, int maxRecord) {
        this(maxColumns, maxCell, maxRecord, ReadLimits.ROWS);
    }
}
