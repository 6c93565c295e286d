package com.districtbulletin.storage;

import com.districtbulletin.dataset.Dataset;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Opens the fastest row sink the database offers, on the connection of the current transaction. */
@Component
public class RowSinks {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    public RowSinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public RowSink open(Dataset dataset) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return isPostgres(connection) ? new CopySink(connection, dataset) : new BatchInsertSink(connection, dataset);
    }

    private boolean isPostgres(Connection connection) {
        if (postgres == null) {
            try {
                postgres = connection.isWrapperFor(org.postgresql.PGConnection.class);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Cannot inspect the database connection", e);
            }
        }
        return postgres;
    }
}
