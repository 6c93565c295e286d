package com.districtbulletin.ingest;

import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The rows of a file as the ingest's check found them, kept for the writer, so that it stores
 * exactly what was checked without reading, parsing and checking the file a second time: for an
 * accepted row its line and values, for a rejected one its line, problems and cells as written.
 * Held in memory up to {@link #IN_MEMORY_BYTES}, beyond that in a temporary file, so that memory
 * stays flat in the number of rows; the file is deleted when the spill is closed.
 */
final class CheckedRowsSpill implements AutoCloseable {

    /** A chunk of 100 small files holds at most 100 times this much. */
    static final int IN_MEMORY_BYTES = 256 * 1024;

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte DATE = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;

    private final String file;
    private final int columns;
    private final Bytes bytes = new Bytes();
    private DataOutputStream out = new DataOutputStream(bytes);
    private Path spilled;
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

    /** Keeps a row read back from another spill, with its cells as written ({@code cells} may be null). */
    void add(SpilledRow row, String cells) {
        add(row.line(), row.countsForDuplicates(), row.id(), row.values(), row.problems(), cells);
    }

    private void add(int line, boolean countsForDuplicates, String id, Object[] values, List<Problem> problems,
                     String cells) {
        try {
            out.writeInt(line);
            out.writeBoolean(countsForDuplicates);
            writeText(id);
            out.writeShort(problems.size());
            if (problems.isEmpty()) {
                for (Object value : values) {
                    writeValue(value);
                }
            }
            for (Problem problem : problems) {
                writeText(problem.column());
                writeText(problem.value());
                out.writeShort(problem.code().ordinal());
                writeText(problem.message());
            }
            writeText(cells);
            rows++;
            if (spilled == null && bytes.size() > IN_MEMORY_BYTES) {
                spillToFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows kept, in the order they were added. */
    Reader rows() throws IOException {
        out.flush();
        InputStream in = spilled == null ? new ByteArrayInputStream(bytes.array(), 0, bytes.size())
                : new BufferedInputStream(Files.newInputStream(spilled), 1 << 16);
        return new Reader(new DataInputStream(in));
    }

    @Override
    public void close() {
        try {
            out.close();
            if (spilled != null) {
                Files.deleteIfExists(spilled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void spillToFile() throws IOException {
        spilled = Files.createTempFile("district-bulletin-rows-", ".bin");
        spilled.toFile().deleteOnExit();
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(spilled), 1 << 16);
        file.write(bytes.array(), 0, bytes.size());
        bytes.release();
        out = new DataOutputStream(file);
    }

    private void writeValue(Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            writeText(text);
        } else if (value instanceof Long number) {
            out.writeByte(INTEGER);
            out.writeLong(number);
        } else if (value instanceof LocalDate date) {
            out.writeByte(DATE);
            out.writeInt((int) date.toEpochDay());
        } else if (value instanceof Boolean flag) {
            out.writeByte(flag ? TRUE : FALSE);
        } else {
            throw new IllegalArgumentException("No spill form for " + value.getClass());
        }
    }

    private void writeText(String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
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
    final class Reader implements AutoCloseable {

        private final DataInputStream in;
        private int read;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        boolean hasNext() {
            return read < rows;
        }

        SpilledRow next() throws IOException {
            read++;
            int line = in.readInt();
            boolean countsForDuplicates = in.readBoolean();
            String id = readText();
            int problemCount = in.readShort();
            Object[] values = null;
            if (problemCount == 0) {
                values = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = readValue();
                }
            }
            List<Problem> problems = problemCount == 0 ? List.of() : new ArrayList<>(problemCount);
            for (int p = 0; p < problemCount; p++) {
                String column = readText();
                String value = readText();
                ProblemCode code = ProblemCode.values()[in.readShort()];
                problems.add(new Problem(file, line, column, value, code, readText()));
            }
            return new SpilledRow(line, countsForDuplicates, id, values, problems, readText());
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private Object readValue() throws IOException {
            byte kind = in.readByte();
            return switch (kind) {
                case NULL -> null;
                case TEXT -> readText();
                case INTEGER -> in.readLong();
                case DATE -> LocalDate.ofEpochDay(in.readInt());
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new IOException("corrupt row spill: value kind " + kind);
            };
        }

        private String readText() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    /** A byte array output whose array can be read without a copy, and let go once spilled. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(4096);
        }

        byte[] array() {
            return buf;
        }

        void release() {
            buf = new byte[0];
            count = 0;
        }
    }
}
