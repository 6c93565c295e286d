package com.districtbulletin.support;

import com.districtbulletin.dataset.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table between tests, so that each test starts from a new installation. */
public final class DatabaseCleaner {

    private static final List<String> TABLES = tables();

    private static List<String> tables() {
        List<String> tables = new ArrayList<>(List.of("written_file", "edition_file", "edition_revision", "edition_statistic", "edition", "statistic_digest", "submission_aggregate", "submission_latest_date", "problem", "rejected_row", "row_id",
                "input_file"));
        for (Dataset dataset : Dataset.values()) {
            tables.add(dataset.table());
        }
        tables.addAll(List.of("statistic", "submission", "district",
                "batch_step_execution_context", "batch_job_execution_context", "batch_step_execution",
                "batch_job_execution_params", "batch_job_execution", "batch_job_instance"));
        return tables;
    }

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        if (isH2(jdbc)) {
            // H2 deletes row by row, each logged for its transaction; emptying a table is one step,
            // allowed on a table that others refer to only while the references are not checked
            jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String table : TABLES) {
                    jdbc.execute("TRUNCATE TABLE " + table);
                }
            } finally {
                jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } else {
            for (String table : TABLES) {
                jdbc.update("DELETE FROM " + table);
            }
        }
    }

    private static boolean isH2(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL().startsWith("jdbc:h2:")));
    }
}
