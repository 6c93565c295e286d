package com.districtbulletin.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/** Which database the product runs on: the one place that asks. PostgreSQL, or else H2. */
@Component
public class Database {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isPostgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = isPostgres(connection);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Cannot inspect the database connection", e);
            }
        }
        return postgres;
    }

    /** Whether {@code connection} is PostgreSQL's, for code that holds a connection but no bean. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.isWrapperFor(org.postgresql.PGConnection.class);
    }
}
