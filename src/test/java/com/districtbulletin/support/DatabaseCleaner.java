package com.districtbulletin.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table between tests, so that each test starts from a new installation. */
public final class DatabaseCleaner {

    private static final String[] TABLES = {
        "problem", "rejected_row", "row_id", "input_file", "meetings", "inspections", "appointments", "suggestions",
        "statistic", "submission", "district",
        "batch_step_execution_context", "batch_job_execution_context", "batch_step_execution",
        "batch_job_execution_params", "batch_job_execution", "batch_job_instance"
    };

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
