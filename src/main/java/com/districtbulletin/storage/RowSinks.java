package com.districtbulletin.storage;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Opens the fastest bulk load the database offers — COPY on PostgreSQL, batched INSERTs on H2 —
 * on the connection of the current transaction.
 */
@Component
public class RowSinks {

    private final DataSource dataSource;
    private final Database database;
    /** The SQL types of each dataset's table, read once. */
    private final Map<Dataset, int[]> columnTypes = new ConcurrentHashMap<>();

    public RowSinks(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /**
     * A sink for a dataset's accepted rows: the submission, the line, then the declared columns. On
     * PostgreSQL, COPY in its binary format: the server does a quarter less work than for CSV.
     */
    public RowSink open(Dataset dataset) {
        List<String> columns = new ArrayList<>(List.of("submission_id", "line_no"));
        dataset.columns().stream().map(Column::name).forEach(columns::add);
        if (!database.isPostgres()) {
            return open(dataset.table(), columns);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        int[] types = columnTypes.computeIfAbsent(dataset, d -> columnTypes(connection, d.table(), columns));
        return new BinaryCopySink(connection, "COPY " + dataset.table() + " (" + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT binary)", types);
    }

    /** The SQL types of the table's columns, as the database reports them. */
    private static int[] columnTypes(Connection connection, String table, List<String> columns) {
        try (Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table
                     + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            int[] types = new int[columns.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = meta.getColumnType(i + 1);
            }
            return types;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the columns of " + table, e);
        }
    }

    /** A sink for rows of {@code table}, given as values of {@code columns} in order. */
    public RowSink open(String table, List<String> columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String columnList = String.join(", ", columns);
        if (database.isPostgres()) {
            return new CopySink(connection, "COPY " + table + " (" + columnList + ") FROM STDIN WITH (FORMAT csv)");
        }
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        return new BatchInsertSink(connection, "INSERT INTO " + table + " (" + columnList + ") VALUES (" + marks + ")");
    }
}
