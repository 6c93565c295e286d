package com.districtbulletin.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Batched INSERTs: the portable way, used on H2. */
final class BatchInsertSink implements RowSink {

    private static final int BATCH = 1000;

    private final PreparedStatement statement;
    private int pending;

    BatchInsertSink(Connection connection, String insertSql) {
        try {
            this.statement = connection.prepareStatement(insertSql);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot prepare " + insertSql, e);
        }
    }

    @Override
    public void add(long submissionId, int line, Object[] values) {
        try {
            statement.setLong(1, submissionId);
            statement.setInt(2, line);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 3, values[i]);
            }
            addBatch();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot insert rows", e);
        }
    }

    @Override
    public void add(Object[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            addBatch();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot insert rows", e);
        }
    }

    private void addBatch() throws SQLException {
        statement.addBatch();
        if (++pending == BATCH) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() {
        try (statement) {
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot insert rows", e);
        }
    }

    @Override
    public void abandon() {
        try {
            statement.close();
        } catch (SQLException e) {
            // the failure that led here is the one to report
        }
    }
}
