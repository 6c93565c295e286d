package com.districtbulletin.ingest;

import com.districtbulletin.output.RunTemporaryFolder;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The rows of a file as the ingest's check found them, kept for the writer, so that it stores
 * exactly what was checked without reading, parsing and checking the file a second time: for an
 * accepted row its line and values, for a rejected one its line, problems and cells as written.
 * Held in memory up to {@link #IN_MEMORY_BYTES}, beyond that in a temporary file, so that memory
 * stays flat in the number of rows; the file is deleted when the spill is closed.
 *
 * <p>Rows are written to and read from a plain byte array rather than through data streams:
 * the writer reads a million-row file's rows back, and the streams' per-call cost showed.
 */
final class CheckedRowsSpill implements AutoCloseable {

    /** A chunk of 100 small files holds at most 100 times this much. */
    static final int IN_MEMORY_BYTES = 256 * 1024;
    private static final int FILE_BUFFER = 1 << 16;

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte DATE = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;

    private final String file;
    private final int columns;
    private byte[] buffer = new byte[4096];
    private int length;
    private Path spilled;
    private OutputStream spillFile;
    private int rows;

    /** The file's path relative to the input folder, and its dataset's number of columns. */
    CheckedRowsSpill(String file, int columns) {
        this.file = file;
        this.columns = columns;
    }

    /** Keeps a checked row: its values when it passed every check, else its problems and cells. */
    void add(RowChecker.Row row, List<String> cells) {
        add(row.line(), row.countsForDuplicates(), row.id(), row.values(), row.problems(),
                row.accepted() ? null : CSVFormat.RFC4180.format(cells.toArray()));
    }

    /** Keeps a row as {@link RowsAsChecked} gives it. */
    void add(SpilledRow row) {
        add(row, row.cells());
    }

    /** Keeps a row read back from another spill, with its cells as written ({@code cells} may be null). */
    void add(SpilledRow row, String cells) {
        add(row.line(), row.countsForDuplicates(), row.id(), row.values(), row.problems(), cells);
    }

    private void add(int line, boolean countsForDuplicates, String id, Object[] values, List<Problem> problems,
                     String cells) {
        try {
            putInt(line);
            putByte(countsForDuplicates ? 1 : 0);
            putText(id);
            putInt(problems.size());
            if (problems.isEmpty()) {
                for (Object value : values) {
                    putValue(value);
                }
            }
            for (Problem problem : problems) {
                putText(problem.column());
                putText(problem.value());
                putInt(problem.code().ordinal());
                putText(problem.message());
            }
            putText(cells);
            rows++;
            if (spillFile == null && length > IN_MEMORY_BYTES) {
                spillToFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows kept, in the order they were added. */
    Reader rows() throws IOException {
        if (spillFile == null) {
            return new Reader(buffer, length, null);
        }
        spillFile.write(buffer, 0, length);
        length = 0;
        spillFile.flush();
        return new Reader(new byte[FILE_BUFFER], 0, Files.newInputStream(spilled));
    }

    @Override
    public void close() {
        try {
            if (spillFile != null) {
                spillFile.close();
                Files.deleteIfExists(spilled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void spillToFile() throws IOException {
        spilled = RunTemporaryFolder.createFile("district-bulletin-rows-", ".bin");
        spilled.toFile().deleteOnExit();
        spillFile = Files.newOutputStream(spilled);
        spillFile.write(buffer, 0, length);
        buffer = new byte[FILE_BUFFER];
        length = 0;
    }

    private void room(int bytes) throws IOException {
        if (length + bytes <= buffer.length) {
            return;
        }
        if (spillFile != null) {
            spillFile.write(buffer, 0, length);
            length = 0;
        }
        if (length + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
        }
    }

    private void putByte(int value) throws IOException {
        room(1);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) throws IOException {
        room(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putLong(long value) throws IOException {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void putText(String text) throws IOException {
        if (text == null) {
            putInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        putInt(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, buffer, length, utf8.length);
        length += utf8.length;
    }

    private void putValue(Object value) throws IOException {
        if (value == null) {
            putByte(NULL);
        } else if (value instanceof String text) {
            putByte(TEXT);
            putText(text);
        } else if (value instanceof Long number) {
            putByte(INTEGER);
            putLong(number);
        } else if (value instanceof LocalDate date) {
            putByte(DATE);
            putInt((int) date.toEpochDay());
        } else if (value instanceof Boolean flag) {
            putByte(flag ? TRUE : FALSE);
        } else {
            throw new IllegalArgumentException("No spill form for " + value.getClass());
        }
    }

    /**
     * One kept row: {@code values} when it passed every check, else {@code problems}; {@code cells}
     * (the row as written, as a CSV line) for a row rejected for its own cells or for a duplicate id.
     */
    record SpilledRow(int line, boolean countsForDuplicates, String id, Object[] values, List<Problem> problems,
                      String cells) {

        boolean passedChecks() {
            return problems.isEmpty();
        }
    }

    /** Reads the kept rows back, front to back. */
    final class Reader implements KeptRows {

        private byte[] in;
        private int position;
        private int limit;
        private final InputStream source;
        private int read;

        private Reader(byte[] in, int limit, InputStream source) {
            this.in = in;
            this.limit = limit;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            return read < rows;
        }

        @Override
        public SpilledRow next() throws IOException {
            read++;
            int line = getInt();
            boolean countsForDuplicates = getByte() != 0;
            String id = getText();
            int problemCount = getInt();
            Object[] values = null;
            if (problemCount == 0) {
                values = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = getValue();
                }
            }
            List<Problem> problems = problemCount == 0 ? List.of() : new ArrayList<>(problemCount);
            for (int p = 0; p < problemCount; p++) {
                String column = getText();
                String value = getText();
                ProblemCode code = ProblemCode.values()[getInt()];
                problems.add(new Problem(file, line, column, value, code, getText()));
            }
            return new SpilledRow(line, countsForDuplicates, id, values, problems, getText());
        }

        @Override
        public void close() throws IOException {
            if (source != null) {
                source.close();
            }
        }

        /** At least {@code bytes} unread bytes in the array, read from the file as needed. */
        private void need(int bytes) throws IOException {
            if (limit - position >= bytes) {
                return;
            }
            if (source == null) {
                throw new IOException("row spill ends early");
            }
            System.arraycopy(in, position, in, 0, limit - position);
            limit -= position;
            position = 0;
            if (bytes > in.length) {
                in = Arrays.copyOf(in, bytes);
            }
            while (limit < bytes) {
                int n = source.read(in, limit, in.length - limit);
                if (n < 0) {
                    throw new IOException("row spill ends early");
                }
                limit += n;
            }
        }

        private int getByte() throws IOException {
            need(1);
            return in[position++];
        }

        private int getInt() throws IOException {
            need(4);
            int value = (in[position] & 0xFF) << 24 | (in[position + 1] & 0xFF) << 16
                    | (in[position + 2] & 0xFF) << 8 | in[position + 3] & 0xFF;
            position += 4;
            return value;
        }

        private long getLong() throws IOException {
            return (long) getInt() << 32 | getInt() & 0xFFFFFFFFL;
        }

        private String getText() throws IOException {
            int bytes = getInt();
            if (bytes < 0) {
                return null;
            }
            need(bytes);
            String text = new String(in, position, bytes, StandardCharsets.UTF_8);
            position += bytes;
            return text;
        }

        private Object getValue() throws IOException {
            int kind = getByte();
            return switch (kind) {
                case NULL -> null;
                case TEXT -> getText();
                case INTEGER -> getLong();
                case DATE -> LocalDate.ofEpochDay(getInt());
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new IOException("corrupt row spill: value kind " + kind);
            };
        }
    }
}
