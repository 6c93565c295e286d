package com.districtbulletin.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * PostgreSQL's COPY in its binary format, for a dataset's rows: each value in the form the server
 * keeps it, so that the server neither splits CSV nor parses numbers and dates (about a quarter of
 * its work on the million-row file). The binary format names no types: each value must be sent as
 * its column's, which {@code types} gives ({@link java.sql.Types}: BIGINT, INTEGER, SMALLINT,
 * BOOLEAN, DATE, or text).
 */
final class BinaryCopySink implements RowSink {

    private static final int BUFFER = 1 << 16;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's day zero. */
    private static final long POSTGRES_EPOCH_DAY = 10_957;

    private final PGCopyOutputStream copy;
    private final int[] types;
    private byte[] buffer = new byte[BUFFER];
    private int used;

    /** {@code types}: the SQL type of each column the COPY names, in order. */
    BinaryCopySink(Connection connection, String copySql, int[] types) {
        this.types = types.clone();
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            this.copy = new PGCopyOutputStream(pg, copySql, BUFFER);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot start " + copySql, e);
        }
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        used = SIGNATURE.length + 8; // no flags, no header extension
    }

    @Override
    public void add(long submissionId, int line, Object[] values) {
        room(2 + 12 + 8);
        short16(values.length + 2);
        value(0, submissionId);
        value(1, (long) line);
        for (int i = 0; i < values.length; i++) {
            value(i + 2, values[i]);
        }
    }

    @Override
    public void add(Object[] values) {
        room(2);
        short16(values.length);
        for (int i = 0; i < values.length; i++) {
            value(i, values[i]);
        }
    }

    private void value(int column, Object value) {
        if (value == null) {
            room(4);
            int32(-1);
            return;
        }
        int type = types[column];
        if (value instanceof String text) {
            text(text);
        } else if (value instanceof Long number && (type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT)) {
            integer(type, number);
        } else if (value instanceof LocalDate date && type == Types.DATE) {
            room(8);
            int32(4);
            int32((int) (date.toEpochDay() - POSTGRES_EPOCH_DAY));
        } else if (value instanceof Boolean flag && (type == Types.BOOLEAN || type == Types.BIT)) {
            room(5);
            int32(1);
            buffer[used++] = (byte) (flag ? 1 : 0);
        } else {
            throw new IllegalArgumentException("No binary COPY form for " + value.getClass().getSimpleName()
                    + " in a column of SQL type " + type);
        }
    }

    private void integer(int type, long number) {
        if (type == Types.BIGINT) {
            room(12);
            int32(8);
            int32((int) (number >>> 32));
            int32((int) number);
        } else if (type == Types.INTEGER && number == (int) number) {
            room(8);
            int32(4);
            int32((int) number);
        } else if (type == Types.SMALLINT && number == (short) number) {
            room(6);
            int32(2);
            short16((int) number);
        } else {
            throw new DataIntegrityViolationException("integer out of range for its column: " + number);
        }
    }

    /** The text's UTF-8 bytes after their length (a lone surrogate as '?', as the JDK encodes it). */
    private void text(String s) {
        int n = s.length();
        if (n * 3 + 4 > BUFFER) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            room(4 + bytes.length);
            int32(bytes.length);
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
            return;
        }
        room(n * 3 + 4);
        int length = used;
        used += 4;
        int start = used;
        for (int i = 0; i < n; i++) {
            used = Utf8.put(s, i, buffer, used);
            if (Utf8.pairAt(s, i)) {
                i++;
            }
        }
        int bytes = used - start;
        buffer[length] = (byte) (bytes >>> 24);
        buffer[length + 1] = (byte) (bytes >>> 16);
        buffer[length + 2] = (byte) (bytes >>> 8);
        buffer[length + 3] = (byte) bytes;
    }

    private void int32(int value) {
        buffer[used++] = (byte) (value >>> 24);
        buffer[used++] = (byte) (value >>> 16);
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    private void short16(int value) {
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    /** At least {@code bytes} free in the buffer: what it holds is sent first when they are not. */
    private void room(int bytes) {
        if (used + bytes <= buffer.length) {
            return;
        }
        drain();
        if (bytes > buffer.length) {
            buffer = new byte[bytes];
        }
    }

    private void drain() {
        try {
            copy.write(buffer, 0, used);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
        used = 0;
    }

    @Override
    public void close() {
        room(2);
        short16(-1);
        drain();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
    }

    @Override
    public void abandon() {
        CopySink.cancel(copy);
    }
}
