package com.districtbulletin.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The records of one worksheet, streamed row by row (data contract section 2). Rows with no
 * non-blank cell are skipped; a record's line is its worksheet row. The first record is the
 * header, whose columns end at its last non-empty cell; a data row is cut or padded with empty
 * cells to that width, unless it has a non-empty cell beyond it, when it keeps every cell up to
 * its last non-empty one (and is then rejected for its cell count).
 *
 * <p>Each row is held to the {@link ReadLimits} as a CSV record is: its cells up to its last
 * non-empty one, the characters of each cell and of the row, and the rows read so far. Past one,
 * iterating throws a {@link SubmissionReadException} before the row is kept.
 */
final class XlsxRecords extends LookAheadRecords {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private final boolean[] plainNumber = new boolean[1];
    private int width = -1;
    private int rowsRead;

    XlsxRecords(java.nio.file.Path path, int sheet, boolean date1904) throws IOException {
        this.workbook = new ReadableWorkbook(path.toFile(), OPTIONS);
        this.date1904 = date1904;
        try {
            this.stream = workbook.getSheet(sheet).orElseThrow(() -> new IOException("No sheet " + sheet))
                    .openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
        this.rows = stream.iterator();
    }

    @Override
    protected Record fetch() {
        while (rows.hasNext()) {
            Record record = record(rows.next());
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /** The row as a record, or null when it has no non-blank cell. */
    private Record record(Row row) {
        int count = row.getCellCount();
        List<String> cells = new ArrayList<>(Math.min(ReadLimits.COLUMNS, Math.max(count, Math.max(width, 0))));
        BitSet numbers = new BitSet();
        int last = -1;
        long chars = 0;
        for (int i = 0; i < count; i++) {
            String text = ExcelCells.text(row.getCell(i), date1904, plainNumber);
            if (text.isBlank()) {
                if (i < ReadLimits.COLUMNS) {
                    cells.add(text);
                }
                continue;
            }
            if (i >= ReadLimits.COLUMNS) {
                throw SubmissionReadException.overLimit("columns", row.getRowNum(), ReadLimits.COLUMNS);
            }
            if (text.length() > ReadLimits.CELL_CHARS) {
                throw SubmissionReadException.overLimit("cell", row.getRowNum(), ReadLimits.CELL_CHARS);
            }
            chars += text.length();
            if (chars > ReadLimits.RECORD_CHARS) {
                throw SubmissionReadException.overLimit("record", row.getRowNum(), ReadLimits.RECORD_CHARS);
            }
            cells.add(text);
            if (plainNumber[0]) {
                numbers.set(i);
            }
            last = i;
        }
        if (last < 0) {
            return null;
        }
        if (++rowsRead > ReadLimits.ROWS) {
            throw SubmissionReadException.overLimit("rows", row.getRowNum(), ReadLimits.ROWS);
        }
        int size = width < 0 || last >= width ? last + 1 : width;
        if (width < 0) {
            width = size;
        }
        while (cells.size() > size) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() < size) {
            cells.add("");
        }
        return new Record(row.getRowNum(), cells, numbers);
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
