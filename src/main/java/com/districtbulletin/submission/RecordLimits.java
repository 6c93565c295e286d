package com.districtbulletin.submission;

/**
 * Follows a CSV text character by character with the quoting rules {@link CsvRecords} parses by
 * (RFC 4180; a quote opens a quoted cell only as the cell's first character; after the closing
 * quote, text up to the next comma is part of the cell) and counts cells per record, characters
 * per cell and per record, and records with a character that is not white space, so that a limit
 * is found before the parser has buffered what is over it. Constant memory, constant work per
 * character.
 */
final class RecordLimits {

    private final int maxColumns;
    private final int maxCell;
    private final int maxRecord;
    private final int maxRows;

    private boolean atCellStart = true;
    private boolean quoted;
    private boolean quoteInQuoted;
    private boolean afterCr;
    private int cells = 1;
    private int cellChars;
    private int recordChars;
    private boolean counted;
    private int rows;
    private long line = 1;
    private long recordLine = 1;

    RecordLimits() {
        this(ReadLimits.COLUMNS, ReadLimits.CELL_CHARS, ReadLimits.RECORD_CHARS, ReadLimits.ROWS);
    }

    RecordLimits(int maxColumns, int maxCell, int maxRecord) {
        this(maxColumns, maxCell, maxRecord, ReadLimits.ROWS);
    }

    RecordLimits(int maxColumns, int maxCell, int maxRecord, int maxRows) {
        this.maxColumns = maxColumns;
        this.maxCell = maxCell;
        this.maxRecord = maxRecord;
        this.maxRows = maxRows;
    }

    int maxColumns() {
        return maxColumns;
    }

    int maxCell() {
        return maxCell;
    }

    int maxRecord() {
        return maxRecord;
    }

    /** Takes the next characters of the text; throws when a limit is passed. */
    void accept(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            accept(chars[i]);
        }
    }

    void accept(char c) {
        boolean lineBreak = c == '\n' ? !afterCr : c == '\r';
        afterCr = c == '\r';
        if (lineBreak) {
            line++;
        }
        if (quoted) {
            if (quoteInQuoted) {
                quoteInQuoted = false;
                if (c == '"') {
                    grow(c);
                    return;
                }
                quoted = false; // that quote closed the cell's quoted part; c follows it
            } else {
                if (c == '"') {
                    quoteInQuoted = true;
                } else {
                    grow(c);
                }
                return;
            }
        }
        if (c == ',') {
            if (++cells > maxColumns) {
                throw SubmissionReadException.overLimit("columns", recordLine, maxColumns);
            }
            cellChars = 0;
            atCellStart = true;
        } else if (c == '\n' || c == '\r') {
            cells = 1;
            cellChars = 0;
            recordChars = 0;
            atCellStart = true;
            counted = false;
            recordLine = line;
        } else if (c == '"' && atCellStart) {
            quoted = true;
            atCellStart = false;
        } else {
            atCellStart = false;
            grow(c);
        }
    }

    private void grow(char c) {
        if (!counted && !Character.isWhitespace(c)) {
            counted = true;
            if (++rows > maxRows) {
                throw SubmissionReadException.overLimit("rows", recordLine, maxRows);
            }
        }
        if (++cellChars > maxCell) {
            throw SubmissionReadException.overLimit("cell", recordLine, maxCell);
        }
        if (++recordChars > maxRecord) {
            throw SubmissionReadException.overLimit("record", recordLine, maxRecord);
        }
    }
}
