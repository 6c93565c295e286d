package com.districtbulletin.storage;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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

    public RowSinks(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /** A sink for a dataset's accepted rows: the submission, the line, then the declared columns. */
    public RowSink open(Dataset dataset) {
        List<String> columns = new ArrayList<>(List.of("submission_id", "line_no"));
        dataset.columns().stream().map(Column::name).forEach(columns::add);
        return open(dataset.table(), columns);
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
