package com.districtbulletin.storage;

import com.districtbulletin.dataset.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Batched INSERTs: the portable way, used on H2. */
final class BatchInsertSink implements RowSink {

    private static final int BATCH = 1000;

    private final PreparedStatement statement;
    private int pending;

    BatchInsertSink(Connection connection, Dataset dataset) {
        try {
            this.statement = connection.prepareStatement(DatasetTables.insert(dataset));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot prepare the insert into " + dataset.table(), e);
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
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot insert rows", e);
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
}
