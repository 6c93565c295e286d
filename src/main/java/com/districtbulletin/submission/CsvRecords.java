package com.districtbulletin.submission;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180, LF, CRLF or CR), each with the physical line it starts
 * on, blank lines skipped. A line of only commas and white space counts as blank too:
 * spreadsheets leave such lines behind and nobody means them as data.
 *
 * <p>Quoting follows Apache Commons CSV's {@code RFC4180} format with trailing data and a lenient
 * end of file, which the tests hold it to: a quote opens a quoted cell only as the cell's first
 * character, {@code ""} inside it is one quote, text after the closing quote up to the next comma
 * belongs to the cell, and a quote left open at the end of the text closes there. The records are
 * split here, in the same character loop that {@link RecordLimits} follows, because the ingest
 * reads a million-row file twice and Commons CSV's parser took most of that time.
 *
 * <p>The text is read within the {@link ReadLimits}, counted as {@link RecordLimits} counts them
 * (cells per record, characters per cell and per record, quotes and commas not counted): past
 * one, or when the file cannot be read on, iterating throws a {@link SubmissionReadException}
 * before what is over it is kept.
 */
public final class CsvRecords extends LookAheadRecords {

    private static final int BUFFER = 1 << 16;
    /**
     * The first block's size: most files of a night are a few kilobytes, and a reader is made per
     * file (and per registry, per header), so the full buffer is taken only once a block fills this one.
     */
    private static final int FIRST_BUFFER = 1 << 12;
    private static final List<String> NO_CELLS = List.of();

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader reader;
    private final int maxColumns;
    private final int maxCell;
    private final int maxRecord;
    private final int maxRows;
    /** False when only the limits are counted: no cell is kept (the inspection of a file that is not UTF-8 throughout). */
    private final boolean keepCells;
    private char[] buffer = new char[FIRST_BUFFER];
    private int position;
    private int end;
    private boolean endOfText;

    private char[] cell = new char[64];
    private int cellLength;
    private int recordLength;
    private int cellCount;
    /** Whether the current record has a character that is not white space; records that have one are counted. */
    private boolean nonBlank;
    private int rows;
    private long recordLine;
    /** Line breaks read so far; the next record starts on line {@code lineBreaks + 1}. */
    private long lineBreaks;
    private boolean afterCr;

    public CsvRecords(Reader reader) {
        this(reader, new RecordLimits());
    }

    CsvRecords(Reader reader, RecordLimits limits) {
        this(reader, limits, true);
    }

    private CsvRecords(Reader reader, RecordLimits limits, boolean keepCells) {
        this.reader = reader;
        this.maxColumns = limits.maxColumns();
        this.maxCell = limits.maxCell();
        this.maxRecord = limits.maxRecord();
        this.maxRows = limits.maxRows();
        this.keepCells = keepCells;
    }

    /**
     * Follows the text to its end as the records are split, keeping none: throws a
     * {@link SubmissionReadException} where a limit is passed, as reading the records would.
     */
    static void countLimits(Reader reader, RecordLimits limits) {
        try (CsvRecords text = new CsvRecords(reader, limits, false)) {
            while (text.fetch() != null) {
                // the limits are counted as the records go by
            }
        }
    }

    @Override
    protected Record fetch() {
        try {
            while (true) {
                long start = lineBreaks + 1;
                List<String> cells = nextRecord();
                if (cells == null) {
                    return null;
                }
                if (nonBlank) {
                    return new Record((int) start, cells);
                }
            }
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /** The next record's cells, or null at the end of the text. */
    private List<String> nextRecord() throws IOException {
        // wider than any dataset: no regrowth while the cells are added
        List<String> cells = keepCells ? new ArrayList<>(16) : NO_CELLS;
        State state = State.CELL_START;
        boolean started = false;
        cellLength = 0;
        recordLength = 0;
        cellCount = 1;
        nonBlank = false;
        recordLine = lineBreaks + 1;
        while (true) {
            if (position == end && !fill()) {
                if (!started) {
                    return null;
                }
                add(cells, takeCell());
                return cells;
            }
            char c = buffer[position++];
            boolean lineBreak = c == '\n' ? !afterCr : c == '\r';
            if (c == '\n' && afterCr) {
                afterCr = false;
                if (state != State.QUOTED) {
                    continue; // the LF of a CRLF that ended the record before
                }
                append(c);
                continue;
            }
            afterCr = c == '\r';
            if (lineBreak) {
                lineBreaks++;
            }
            switch (state) {
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        append(c);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        append(c);
                        state = State.QUOTED;
                    } else if (c == ',') {
                        add(cells, nextCell());
                        state = State.CELL_START;
                    } else if (lineBreak) {
                        add(cells, takeCell());
                        return cells;
                    } else {
                        append(c);
                        state = State.UNQUOTED;
                    }
                }
                default -> {
                    if (c == ',') {
                        add(cells, nextCell());
                        state = State.CELL_START;
                    } else if (lineBreak) {
                        add(cells, takeCell());
                        return cells;
                    } else if (c == '"' && state == State.CELL_START) {
                        state = State.QUOTED;
                    } else {
                        append(c);
                        state = State.UNQUOTED;
                    }
                }
            }
            started = true;
        }
    }

    /** The cell a comma ends; a comma past the column limit throws. */
    private String nextCell() {
        if (++cellCount > maxColumns) {
            throw SubmissionReadException.overLimit("columns", recordLine, maxColumns);
        }
        return takeCell();
    }

    /** Reads the next block of text; false at the end of the text. */
    private boolean fill() throws IOException {
        if (endOfText) {
            return false;
        }
        if (end == buffer.length && buffer.length < BUFFER) {
            buffer = new char[BUFFER]; // the block before filled the first buffer: a larger text
        }
        int n = reader.read(buffer, 0, buffer.length);
        if (n < 0) {
            endOfText = true;
            return false;
        }
        position = 0;
        end = n;
        return true;
    }

    /** A character of the current cell; past the row, cell or record limit, throws before keeping it. */
    private void append(char c) {
        if (!nonBlank && !Character.isWhitespace(c)) {
            nonBlank = true;
            if (++rows > maxRows) {
                throw SubmissionReadException.overLimit("rows", recordLine, maxRows);
            }
        }
        if (cellLength == maxCell) {
            throw SubmissionReadException.overLimit("cell", recordLine, maxCell);
        }
        if (++recordLength > maxRecord) {
            throw SubmissionReadException.overLimit("record", recordLine, maxRecord);
        }
        if (!keepCells) {
            cellLength++;
            return;
        }
        if (cellLength == cell.length) {
            cell = Arrays.copyOf(cell, Math.min(cell.length * 2, maxCell));
        }
        cell[cellLength++] = c;
    }

    private String takeCell() {
        String text = keepCells ? new String(cell, 0, cellLength) : "";
        cellLength = 0;
        return text;
    }

    private void add(List<String> cells, String cell) {
        if (keepCells) {
            cells.add(cell);
        }
    }

    /**
     * The text was decoded once already when the file was inspected: a character that no longer
     * decodes means that the file changed since.
     */
    private static SubmissionReadException cannotRead(IOException e) {
        if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
            return SubmissionReadException.unreadable("changed", e);
        }
        return DecodedFile.cannotRead(e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }
}
