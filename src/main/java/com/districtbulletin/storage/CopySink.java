package com.districtbulletin.storage;

import com.districtbulletin.dataset.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * PostgreSQL's COPY protocol, streamed: the bulk-load path, several times faster than batched
 * INSERTs. Rows are written as CSV; strings are always quoted so that an empty string stays
 * distinct from NULL.
 */
final class CopySink implements RowSink {

    private final PGCopyOutputStream copy;
    private final Writer out;

    CopySink(Connection connection, Dataset dataset) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            this.copy = new PGCopyOutputStream(pg, DatasetTables.copy(dataset), 1 << 16);
            this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot start COPY into " + dataset.table(), e);
        }
    }

    @Override
    public void add(long submissionId, int line, Object[] values) {
        try {
            out.write(Long.toString(submissionId));
            out.write(',');
            out.write(Integer.toString(line));
            for (Object value : values) {
                out.write(',');
                write(value);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            out.write('"');
            if (s.indexOf('"') >= 0) {
                out.write(s.replace("\"", "\"\""));
            } else {
                out.write(s);
            }
            out.write('"');
        } else if (value instanceof Boolean b) {
            out.write(b ? 't' : 'f');
        } else {
            out.write(value.toString());
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
            copy.endCopy();
        } catch (IOException | SQLException e) {
            throw new DataAccessResourceFailureException("COPY failed", e);
        }
    }
}
