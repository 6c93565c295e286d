package com.districtbulletin.storage;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * PostgreSQL's COPY protocol, streamed: the bulk-load path, several times faster than batched
 * INSERTs, for submissions' rows and for statistics alike. Rows are written as CSV; strings are
 * always quoted so that an empty string stays distinct from NULL.
 *
 * <p>Rows are encoded straight into a byte buffer (UTF-8; numbers, dates and booleans digit by
 * digit): on a million-row file the general-purpose path through a {@code Writer},
 * {@code LocalDate.toString()} and the JDK's encoder cost about a fifth of the ingest.
 */
final class CopySink implements RowSink {

    private static final int BUFFER = 1 << 16;
    /** Room kept free for one value written without a check: a long, a date, a boolean. */
    private static final int SLACK = 40;

    private final PGCopyOutputStream copy;
    private final byte[] buffer = new byte[BUFFER];
    private int used;

    CopySink(Connection connection, String copySql) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            this.copy = new PGCopyOutputStream(pg, copySql, BUFFER);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot start " + copySql, e);
        }
    }

    @Override
    public void add(long submissionId, int line, Object[] values) {
        try {
            room(SLACK);
            number(submissionId);
            buffer[used++] = ',';
            number(line);
            for (Object value : values) {
                room(SLACK);
                buffer[used++] = ',';
                write(value);
            }
            room(1);
            buffer[used++] = '\n';
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
    }

    @Override
    public void add(Object[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                room(SLACK);
                if (i > 0) {
                    buffer[used++] = ',';
                }
                write(values[i]);
            }
            room(1);
            buffer[used++] = '\n';
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            quoted(s);
        } else if (value instanceof Long l) {
            number(l);
        } else if (value instanceof LocalDate d) {
            date(d);
        } else if (value instanceof Boolean b) {
            buffer[used++] = (byte) (b ? 't' : 'f');
        } else if (value instanceof Integer i) {
            number(i);
        } else if (value instanceof BigDecimal d) {
            unquoted(d.toPlainString());
        } else {
            quoted(value.toString());
        }
    }

    /** A string in double quotes, quotes doubled, encoded as UTF-8 (a lone surrogate as '?', as the JDK does). */
    private void quoted(String s) throws IOException {
        buffer[used++] = '"';
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (used > BUFFER - 8) {
                drain();
            }
            if (s.charAt(i) == '"') {
                buffer[used++] = '"';
            }
            used = Utf8.put(s, i, buffer, used);
            if (Utf8.pairAt(s, i)) {
                i++;
            }
        }
        room(1);
        buffer[used++] = '"';
    }

    /** At most 20 bytes. */
    private void number(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                ascii(Long.toString(value));
                return;
            }
            buffer[used++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = used + digits - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += digits;
    }

    /** ISO 8601, as {@code LocalDate.toString()} writes it; 10 bytes for the years 0 to 9999. */
    private void date(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            ascii(d.toString());
            return;
        }
        digits(year, 4);
        buffer[used++] = '-';
        digits(d.getMonthValue(), 2);
        buffer[used++] = '-';
        digits(d.getDayOfMonth(), 2);
    }

    private void digits(int value, int width) {
        for (int i = used + width - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }

    /** An ASCII text of any length, such as a decimal number. */
    private void unquoted(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            room(1);
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    /** A short ASCII text (fits in {@link #SLACK}). */
    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    private void room(int bytes) throws IOException {
        if (used > BUFFER - bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        copy.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() {
        try {
            drain();
            copy.endCopy();
        } catch (IOException | SQLException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
    }

    @Override
    public void abandon() {
        cancel(copy);
    }

    /** Ends a COPY that failed, so that the connection can roll back; its own failure is not the one to report. */
    static void cancel(PGCopyOutputStream copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException | RuntimeException e) {
            // the failure that led here is the one to report
        }
    }
}
